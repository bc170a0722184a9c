"""f-strings: the seed's two examples, then every part of a replacement field."""

name = "Alice"
age = 30
pi = 3.14159
width, precision = 10, 3

print(f"Name: {name}, Age: {age}")  # the seed's basic example
print(f"Pi: {pi:.2f}")  # the seed's precision example: format(pi, ".2f")
print(f"[{pi:{width}.{precision}f}]")  # nested fields build the spec: "10.3f"
print(f"[{name!r:>9}] [{name!s:^9}]")  # convert first (repr, str), then format
print(f"{name=} {age = } {pi=:.1f}")  # "=" prints the expression's text; repr unless a spec
print(f"{'Zoë'!a} {age:#x} {{literal braces}}")  # ascii(); doubled braces are text
print(f"{True} {None} {[1, 'a']} {0.1 + 0.2}")  # Python's str(), not JavaScript's
print(f"{1.0} {2**70} {10**16:,}")  # float vs int; ints have no size limit
