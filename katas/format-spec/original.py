# format(value, spec) is the mini-language shared by str.format, f-strings and format():
# [[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]
pi = 3.14159
name = "Alice"
age = 30

print("Pi: " + format(pi, ".2f"))  # the seed's example: two decimals
print("Name: " + format(name) + ", Age: " + format(age, "d"))
print(format(0.125, ".2f"))  # 0.12: an exact tie, rounded half to even
print(format(2.675, ".2f"))  # 2.67: the stored double is 2.67499999999999982236431605997495353221893310546875
print(format(12345678901234567890, ","))  # ints have no size limit
print("[" + format(name, ">10") + "]")  # right-aligned in 10 columns
print("[" + format(name, "*^11") + "]")  # centred, filled with '*'
print(format(42, ".2f"))  # a float type formats an int as the float it equals
print(format(-1234.5, "012,.1f"))  # a float is zero-padded and grouped as an int is
print(format(0.25, ".1%"))  # percent: times 100, then 'f'
print(format(123456.123456, "_._f"))  # Python 3.14 groups the fractional digits too
print(format(True), format(True, "d"))  # bool is an int, but str(True) is 'True'
print(repr(1e16), repr(0.1), repr(1e-05), repr(1.0))  # the shortest digits that read back
print(repr("it's"))  # double quotes when the text holds a single quote
