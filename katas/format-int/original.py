# format(n, spec) writes an int by the format-spec mini-language:
# [[fill]align][sign][#][0][width][grouping][type], with the types b o x X d n c.
print(format(42, "+d"))  # '+' signs every number, '-' (the default) only negatives
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "#X"))  # '#' adds 0b 0o 0x 0X
print(format(-255, "#010x"))  # the zeros go after the sign and the prefix
print(format(42, "*=+8"))  # '=' pads between the sign and the digits
print(format(1234567, ","))  # groups of three from the right
print(format(12345678901234567890, "_"))  # Python ints have no size limit
print(format(0xDEADBEEF, "#_x"))  # '_' groups b, o, x and X by four
print(format(1234, "08,d"))  # zero padding is grouped too, and may pass the width
print("[" + format(0x1F600, "^5c") + "]")  # 'c' is the character of that code point
print(format(True), format(True, "d"), format(False, "#x"))  # bool is an int, but str() says True
for spec in [".2", "z", "+c", "s"]:
    try:
        format(65, spec)
    except ValueError as error:
        print(spec + ": ValueError: " + str(error))
