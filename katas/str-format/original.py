# str.format(): the seed's four examples first, then the rest of the field grammar.
name = "Alice"
age = 30
pi = 3.14159

print("Name: {}, Age: {}".format(name, age))  # automatic numbering
print("Name: {0}, Age: {1}".format(name, age))  # manual numbering
print("Name: {name}, Age: {age}".format(name=name, age=age))  # keyword arguments
print("Pi: {:.2f}".format(pi))  # a format spec after the colon
print("{0}{1}{0}".format("abra", "cad"))  # an index may be used twice
print("{{literal}} {}".format(42))  # doubled braces are braces
print("{!r} {!s} {!a}".format(name, name, "café"))  # conversions: repr, str, ascii
print("[{:{w}.{p}f}]".format(pi, w=10, p=3))  # fields nested in the spec


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print("({0.x}, {0.y})".format(Point(3, 4)))  # attribute access
print("{0[0]} {1[name]} {2[1]}".format(["x", "y"], {"name": name}, "a😀b"))  # items

for template, args in [("{}{0}", (1,)), ("{2}", (1,)), ("{x}", ()), ("}", ()), ("{0.z}", (Point(3, 4),))]:
    try:
        print(template.format(*args))
    except Exception as exc:  # each mistake has its own exception and message
        print(f"{type(exc).__name__}: {exc}")
