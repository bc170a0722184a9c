# printf-style formatting: template % values. A tuple fills the directives in order, a dict
# fills %(name)s directives, and any other value is the one value.
name = "Alice"
age = 30
pi = 3.14159

print("Name: %s, Age: %d" % (name, age))  # the seed's first example
print("Pi: %.2f" % pi)  # the seed's second example: two decimals
print("%(name)s is %(age)d" % {"name": name, "age": age})  # mapping keys
print("[%-8s|%8s]" % (name, name))  # '-' aligns left; the width counts code points
print("%05d|%+d|% d|%-5d|" % (-42, 42, 42, 42))  # zero padding goes after the sign
print("%.3d %#o %#x %#X" % (7, 8, 255, 255))  # precision on ints means minimum digits
print("[%*.*f]" % (10, 3, pi))  # '*' takes width and precision from the tuple
print("%e %g %G" % (12345.678, 0.00001234, 1e20))
print("%.2f %.2f" % (0.125, 2.675))  # half to even on the exact binary value
print("%d%% of %s" % (99.9, "tests"))  # %d truncates a float; %% is a literal percent
print("%c%c %s %r %a" % (80, "y", 1.0, name, "café"))  # %s of a float is str(): 1.0
for template, values in [("%d %d", (1,)), ("%d", ("x",)), ("%d", (1, 2)), ("abc%y", 1)]:
    try:
        template % values
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
