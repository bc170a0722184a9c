# format(x, spec) writes a float by the format-spec mini-language, from the exact binary value:
# [[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type], types e E f F g G n %.
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))  # ties to even; 2.675 is stored below
print(format(2**-8, ".7f"))  # 0.00390625 is an exact tie at 7 places: the even 2 wins
print(format(1e22, ",.0f"))  # 'f' never switches to an exponent
print(format(1234.5678, "e"), format(1234.5678, ".3g"), format(0.000012345678, "g"))
print(format(9.5, ".0e"), format(1.0, ".3"), format(0.25, ".1%"))  # a carry; no type keeps '.0'; percent
print(repr(1.0), repr(0.1 + 0.2), repr(1e-05), repr(1e16))  # the shortest digits that read back
print(format(-0.0), format(-0.0001, "z.2f"), format(float("nan"), "+"), format(float("inf"), "F"))
print(format(-1234.5, "012,.1f"))  # zero-padded and grouped as an int is
print(format(123456.123456, "_._f"))  # Python 3.14 groups the fractional digits too
