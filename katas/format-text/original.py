# format(text, spec) pads, aligns and cuts a str by the format-spec mini-language:
# [[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]
name = "Alice"

print("[" + format(name, ">10") + "]")  # right-aligned in 10 columns
print("[" + format(name, "*^11") + "]")  # centred, filled with '*'
print("[" + format(name, "^10") + "]")  # the odd space goes on the right
print("[" + format(name, ".3") + "]")  # precision keeps the first 3 characters
print("[" + format("ab", "05") + "]")  # a leading 0 fills with zeros, still on the right
print("[" + format("\U0001F600", "^5") + "]")  # len() counts code points: the emoji is one
print("[" + format("ab", "\u0665") + "]")  # any Unicode decimal digit: ARABIC-INDIC FIVE
for spec in ["+", "=5", ",", "d", "."]:
    try:
        format(name, spec)
    except ValueError as error:
        print(spec + ": ValueError: " + str(error))
