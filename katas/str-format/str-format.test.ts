import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pyFloat } from "#kata/format-spec";
import { demo, strFormat } from "#kata/str-format";
import { expectOutcome, outcome } from "../../src/testing/python-outcome.ts";

// Every expected value below was printed by CPython 3.14 (npx tsx scripts/py.ts '...').

type Row = readonly [template: string, args: readonly unknown[], expected: string];
type KwRow = readonly [
  template: string,
  args: readonly unknown[],
  kwargs: Readonly<Record<string, unknown>>,
  expected: string,
];

const checkRows = (rows: readonly Row[]) =>
  it.each(rows)("strFormat(%j, %o) is %j", (template, args, expected) => {
    expectOutcome(() => strFormat(template, args), expected);
  });

const checkKwRows = (rows: readonly KwRow[]) =>
  it.each(rows)("strFormat(%j, %o, %o) is %j", (template, args, kwargs, expected) => {
    expectOutcome(() => strFormat(template, args, kwargs), expected);
  });

/** Any text, braces and astral characters included. */
const plain = fc.string({
  unit: fc.oneof(
    fc.constantFrom("a", " ", ":", "!", ".", "[", "é", "😀", "\ud800", "٣"),
    fc.integer({ min: 0x20, max: 0x7e }).map((cp) => String.fromCodePoint(cp)),
  ),
});
const noBraces = plain.map((s) => s.replace(/[{}]/g, ""));

// biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
const PI = 3.14159;

/** A function, as Python's `def greet(): return "hi"`. */
const greet = () => "hi";

describe("literals-and-auto-fields", () => {
  checkRows([
    ["Name: {}, Age: {}", ["Alice", 30], "Name: Alice, Age: 30"],
    ["Pi: {:.2f}", [PI], "Pi: 3.14"],
    ["no fields at all", [], "no fields at all"],
    ["{{literal}} {}", [42], "{literal} 42"],
    ["{{}}", [], "{}"],
    ["{}}}", [1], "1}"],
    ["[{:>5}|{:<3}|{:^7}]", ["ab", 7, "mid"], "[   ab|7  |  mid  ]"],
    ["{}", [null], "None"],
    ["{} {}", [true, pyFloat(1)], "True 1.0"],
    ["{:}", ["empty spec"], "empty spec"],
    ["{}", [], "raises IndexError: Replacement index 0 out of range for positional args tuple"],
    [
      "{}{}{}",
      [1, 2],
      "raises IndexError: Replacement index 2 out of range for positional args tuple",
    ],
    ["}", [], "raises ValueError: Single '}' encountered in format string"],
    ["a}b", [], "raises ValueError: Single '}' encountered in format string"],
    ["{", [], "raises ValueError: Single '{' encountered in format string"],
    ["x{", [], "raises ValueError: Single '{' encountered in format string"],
    ["{}{", [1], "raises ValueError: Single '{' encountered in format string"],
    ["{:", [1], "raises ValueError: unmatched '{' in format spec"],
    ["{:>5", [1], "raises ValueError: unmatched '{' in format spec"],
    ["{:d}", ["a"], "raises ValueError: Unknown format code 'd' for object of type 'str'"],
  ]);

  it("takes no arguments when none are given", () => {
    expect(strFormat("no fields at all")).toBe("no fields at all");
    expectOutcome(
      () => strFormat("{}"),
      "raises IndexError: Replacement index 0 out of range for positional args tuple",
    );
  });

  it("renders each field before it parses the rest: '{}{' without arguments is an IndexError", () => {
    expectOutcome(
      () => strFormat("{}{", []),
      "raises IndexError: Replacement index 0 out of range for positional args tuple",
    );
  });

  it("law: literal text with its braces doubled comes back unchanged", () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(
          strFormat(text.replace(/[{}]/g, "$&$&")),
          "the text with its braces doubled, formatted",
        ).toBe(text);
      }),
    );
  });

  it("law: n automatic fields take n string arguments in order", () => {
    fc.assert(
      fc.property(fc.array(noBraces, { maxLength: 6 }), noBraces, (args, separator) => {
        const template = args.map(() => "{}").join(separator);
        expect(strFormat(template, args), "the template of n {} formatted").toBe(
          args.join(separator),
        );
      }),
    );
  });

  it("law: a single '}' anywhere in literal text is a ValueError", () => {
    fc.assert(
      fc.property(noBraces, noBraces, (before, after) => {
        expectOutcome(
          () => strFormat(`${before}}${after}`),
          "raises ValueError: Single '}' encountered in format string",
          "the text with a single '}', formatted",
        );
      }),
    );
  });
});

describe("indices-and-keywords", () => {
  checkRows([
    ["Name: {0}, Age: {1}", ["Alice", 30], "Name: Alice, Age: 30"],
    ["{0}{1}{0}", ["abra", "cad"], "abracadabra"],
    ["{1:>4}|{0}", ["a", "b"], "   b|a"],
    ["{01}", ["a", "b"], "b"],
    ["{٣}", [1, 2, 3, 4], "4"],
    ["{2}", [1], "raises IndexError: Replacement index 2 out of range for positional args tuple"],
    [
      "{}{0}",
      [1],
      "raises ValueError: cannot switch from automatic field numbering to manual field specification",
    ],
    [
      "{0}{}",
      [1],
      "raises ValueError: cannot switch from manual field specification to automatic field numbering",
    ],
    ["{-1}", [1], "raises KeyError: '-1'"],
    ["{ 0}", [1], "raises KeyError: ' 0'"],
    ["{0]}", [1], "raises KeyError: '0]'"],
    [
      "{2147483647}",
      [],
      "raises IndexError: Replacement index 2147483647 out of range for positional args tuple",
    ],
    ["{99999999999}", [], "raises ValueError: Too many decimal digits in format string"],
    ["{2147483648}", [], "raises ValueError: Too many decimal digits in format string"],
    ["{ {", [], "raises ValueError: unexpected '{' in field name"],
    ["{0", [1], "raises ValueError: expected '}' before end of string"],
  ]);

  checkKwRows([
    ["Name: {name}, Age: {age}", [], { name: "Alice", age: 30 }, "Name: Alice, Age: 30"],
    ["{a}{}", [1], { a: 2 }, "21"],
    ["{}{a}{}", [1, 3], { a: 2 }, "123"],
    ["{x}", [], {}, "raises KeyError: 'x'"],
    ["{constructor}", [], {}, "raises KeyError: 'constructor'"],
    ["{x y}", [], { "x y": "spaces are fine" }, "spaces are fine"],
    // Only decimal digits make an index: "é" is a name, "٠" (Arabic-Indic zero) an index.
    ["{é}|{٠}", ["zero"], { é: "x" }, "x|zero"],
  ]);

  it("law: {i} picks args[i], in any order and as often as asked", () => {
    fc.assert(
      fc.property(
        fc.array(noBraces, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (args, picks) => {
          const indices = picks.map((p) => p % args.length);
          const template = indices.map((i) => `{${i}}`).join("|");
          expect(strFormat(template, args), "the template of {i} fields formatted").toBe(
            indices.map((i) => args[i]).join("|"),
          );
        },
      ),
    );
  });

  it("law: {name} picks kwargs[name], whatever the positional arguments", () => {
    const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
    fc.assert(
      fc.property(name, noBraces, fc.array(fc.integer()), (key, text, args) => {
        expect(strFormat(`<{${key}}>`, args, { [key]: text }), `<{${key}}> formatted`).toBe(
          `<${text}>`,
        );
      }),
    );
  });

  it("law: a keyword missing from kwargs is a KeyError, even one Object.prototype has", () => {
    const inherited = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype));
    const name = fc.oneof(inherited, fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/));
    fc.assert(
      fc.property(name, (key) => {
        expectOutcome(
          () => strFormat(`{${key}}`, [], { Other: 1 }),
          `raises KeyError: '${key}'`,
          `{${key}} formatted`,
        );
      }),
    );
  });

  it("law: after {} any {i} fails, after {i} any {} fails, with the message naming the switch", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(3), fc.nat(3), (autoFirst, i, padding) => {
        const fields = autoFirst ? ["{}", `{${i}}`] : [`{${i}}`, "{}"];
        const template = "{name}".repeat(padding) + fields.join("");
        const expected = autoFirst
          ? "automatic field numbering to manual field specification"
          : "manual field specification to automatic field numbering";
        expectOutcome(
          () => strFormat(template, [1, 2, 3, 4], { name: "n" }),
          `raises ValueError: cannot switch from ${expected}`,
          `${template} formatted`,
        );
      }),
    );
  });
});

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  get norm(): number {
    return Math.hypot(this.x, this.y);
  }
  scaled(k: number): Point {
    return new Point(this.x * k, this.y * k);
  }
}

describe("attributes-and-items", () => {
  checkRows([
    ["({0.x}, {0.y})", [new Point(3, 4)], "(3, 4)"],
    ["{0.norm:.1f}", [new Point(3, 4)], "5.0"],
    // A port decision: JS has one namespace for keys and properties, so a plain object (a dict)
    // answers `.name` too; CPython would raise AttributeError for a dict.
    ["{0.name}", [{ name: "Alice" }], "Alice"],
    ["{0[name]}", [{ name: "Alice" }], "Alice"],
    ["{0[1]}", [["a", "b"]], "b"],
    ["{0[1][0]}", [[1, [2]]], "2"],
    ["{0[01]}", [[1, 2]], "2"],
    ["{0[1]}", ["a😀b"], "😀"],
    ["{0[٣]}", [[1, 2, 3, 4]], "4"],
    ["{0[}]}", [{ "}": 5 }], "5"],
    ["{[0]}", [[7]], "7"],
    ["{.real}", [3], "3"],
    ["{0.real}", [true], "1"],
    ["{0.imag}", [pyFloat(2.5)], "0.0"],
    ["{0.numerator}/{0.denominator}", [7], "7/1"],
    ["{0.real.imag}", [3], "0"],
    ["{0.imag} {0.denominator} {1.real} {1.imag}", [true, 1.5], "0 1 1.5 0.0"],
    ["{0.real}", [2n ** 64n + 1n], "18446744073709551617"],
    ["{0[5]}", [[1]], "raises IndexError: list index out of range"],
    ["{0[5]}", ["ab"], "raises IndexError: string index out of range"],
    ["{0[a]}", [[1]], "raises TypeError: list indices must be integers or slices, not str"],
    ["{0[-1]}", [[1]], "raises TypeError: list indices must be integers or slices, not str"],
    ["{0[a]}", ["ab"], "raises TypeError: string indices must be integers, not 'str'"],
    ["{0[a]}", [1], "raises TypeError: 'int' object is not subscriptable"],
    ["{0[a]}", [null], "raises TypeError: 'NoneType' object is not subscriptable"],
    ["{0[0]}", [new Point(1, 2)], "raises TypeError: 'Point' object is not subscriptable"],
    // The README's table: undefined is None, -0 a float, an object without a prototype a dict; an
    // object with a dunder method is an object of its class (a literal's is "object"), and so is
    // an object of an anonymous class.
    ["{0[a]}", [undefined], "raises TypeError: 'NoneType' object is not subscriptable"],
    ["{0.imag}", [-0], "0.0"],
    ["{0[a]}", [Object.assign(Object.create(null), { a: 1 })], "1"],
    [
      "{0[a]}",
      [{ a: 1, __str__: () => "x" }],
      "raises TypeError: 'object' object is not subscriptable",
    ],
    ["{0.z}", [new (class {})()], "raises AttributeError: 'object' object has no attribute 'z'"],
    ["{0[1]}", [{ "1": 2 }], "raises KeyError: 1"],
    ["{0[a]}", [{ "1": 2 }], "raises KeyError: 'a'"],
    ["{0[toString]}", [{}], "raises KeyError: 'toString'"],
    ["{0.foo}", [1], "raises AttributeError: 'int' object has no attribute 'foo'"],
    // pyFloat(x) is a JS object underneath, but its `value` is no attribute of a Python float.
    ["{0.value}", [pyFloat(2.5)], "raises AttributeError: 'float' object has no attribute 'value'"],
    ["{0.foo}", [{}], "raises AttributeError: 'dict' object has no attribute 'foo'"],
    // An accessor of Object.prototype is no attribute either.
    ["{0.__proto__}", [{}], "raises AttributeError: 'dict' object has no attribute '__proto__'"],
    ["{0.length}", [[]], "raises AttributeError: 'list' object has no attribute 'length'"],
    ["{0.foo}", [null], "raises AttributeError: 'NoneType' object has no attribute 'foo'"],
    // A function's own properties are no attributes: Python's functions have no .name.
    ["{0.name}", [greet], "raises AttributeError: 'function' object has no attribute 'name'"],
    ["{0.z}", [new Point(3, 4)], "raises AttributeError: 'Point' object has no attribute 'z'"],
    [
      "{0.constructor}",
      [new Point(3, 4)],
      "raises AttributeError: 'Point' object has no attribute 'constructor'",
    ],
    // A port decision: methods are not attributes here (CPython would print a bound method).
    [
      "{0.scaled}",
      [new Point(3, 4)],
      "raises AttributeError: 'Point' object has no attribute 'scaled'",
    ],
    ["{0.}", [1], "raises ValueError: Empty attribute in format string"],
    ["{0..}", [1], "raises ValueError: Empty attribute in format string"],
    ["{0[]}", [[1]], "raises ValueError: Empty attribute in format string"],
    [
      "{0[1]x}",
      [[1, 2]],
      "raises ValueError: Only '.' or '[' may follow ']' in format field specifier",
    ],
    ["{0[9999999999999]}", [[1]], "raises ValueError: Too many decimal digits in format string"],
    ["{0[a}", [1], "raises ValueError: expected '}' before end of string"],
  ]);

  it("looks the argument up before it reads the attribute: '{0.}' without arguments is an IndexError", () => {
    expectOutcome(
      () => strFormat("{0.}", []),
      "raises IndexError: Replacement index 0 out of range for positional args tuple",
    );
  });

  it("law: {0[i]} of a str is its i-th code point, not its i-th UTF-16 unit", () => {
    fc.assert(
      fc.property(plain, fc.nat(), (text, n) => {
        const codePoints = [...text];
        fc.pre(codePoints.length > 0);
        const i = n % codePoints.length;
        expect(strFormat(`{0[${i}]}`, [text]), `{0[${i}]} of the str`).toBe(codePoints[i]);
      }),
    );
  });

  it("law: {0[i]} of a list is item i, and past the end an IndexError", () => {
    fc.assert(
      fc.property(fc.array(noBraces, { maxLength: 5 }), fc.nat(7), (items, i) => {
        expectOutcome(
          () => strFormat(`{0[${i}]}`, [items]),
          items[i] ?? "raises IndexError: list index out of range",
          `{0[${i}]} of the list`,
        );
      }),
    );
  });

  it("law: on a plain object, {0.key} and {0[key]} read the same own property", () => {
    const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
    fc.assert(
      fc.property(fc.dictionary(key, noBraces), key, (object, k) => {
        const own = Object.hasOwn(object, k) ? object[k] : undefined;
        expectOutcome(
          () => strFormat(`{0[${k}]}`, [object]),
          own ?? `raises KeyError: '${k}'`,
          `{0[${k}]} of the object`,
        );
        expectOutcome(
          () => strFormat(`{0.${k}}`, [object]),
          own ?? `raises AttributeError: 'dict' object has no attribute '${k}'`,
          `{0.${k}} of the object`,
        );
      }),
    );
  });
});

describe("conversions-and-nesting", () => {
  checkRows([
    ["{!r} {!s} {!a}", ["Alice", "Alice", "café"], "'Alice' Alice 'caf\\xe9'"],
    ["{!r}", ["it's"], `"it's"`],
    ["{!s}", ["it's"], "it's"],
    ["{!r}", [pyFloat(1)], "1.0"],
    ["{0!a}", ["é😀\x00"], "'\\xe9\\U0001f600\\x00'"],
    ["{0!a}", ["\u2028"], "'\\u2028'"],
    ["{!a} {!a} {!a}", ["ÿ", "中", "😀"], "'\\xff' '\\u4e2d' '\\U0001f600'"],
    ["{0!a}", [[1, "é"]], "[1, '\\xe9']"],
    ["{!r:^9}", ["ab"], "  'ab'   "],
    ["{0!r:>{1}}", ["x", 5], "  'x'"],
    ["{0!s:}", [1], "1"],
    ["{:{}}", ["x", 3], "x  "],
    ["{:{}.{}f}", [PI, 10, 3], "     3.142"],
    ["{0:{1}}", ["x", "{"], "raises ValueError: Unknown format code '{' for object of type 'str'"],
    ["{0:{1!r}}", ["x", 3], "x  "],
    // A nested field's own spec has no braces, so it is not expanded: no recursion error.
    ["{0:{1:d}}", ["a", 5], "a    "],
    [
      "{0:{1}}",
      ["x"],
      "raises IndexError: Replacement index 1 out of range for positional args tuple",
    ],
    [
      "{0:{}}",
      ["x", 3],
      "raises ValueError: cannot switch from manual field specification to automatic field numbering",
    ],
    [
      "{:{0}}",
      ["x", 3],
      "raises ValueError: cannot switch from automatic field numbering to manual field specification",
    ],
    ["{:{:{}}}", [1, 2, 3], "raises ValueError: Max string recursion exceeded"],
    ["{0:{1:{2}}}", ["x", 3, ""], "raises ValueError: Max string recursion exceeded"],
    ["{0:{{}}}", [1], "raises ValueError: Invalid format specifier '{}' for object of type 'int'"],
    ["{!x}", [1], "raises ValueError: Unknown conversion specifier x"],
    ["{! }", [1], "raises ValueError: Unknown conversion specifier \\x20"],
    ["{!\x7f}", [1], "raises ValueError: Unknown conversion specifier \\x7f"],
    ["{!é}", [1], "raises ValueError: Unknown conversion specifier \\xe9"],
    ["{!😀}", [1], "raises ValueError: Unknown conversion specifier \\x1f600"],
    ["{0!:}", [1], "raises ValueError: Unknown conversion specifier :"],
    ["{5!x}", [], "raises IndexError: Replacement index 5 out of range for positional args tuple"],
    ["{!rx}", [1], "raises ValueError: expected ':' after conversion specifier"],
    ["{!", [1], "raises ValueError: end of string while looking for conversion specifier"],
    ["{!r", [1], "raises ValueError: unmatched '{' in format spec"],
    ["{0!}", [1], "raises ValueError: unmatched '{' in format spec"],
  ]);

  checkKwRows([
    ["[{:{w}.{p}f}]", [PI], { w: 10, p: 3 }, "[     3.142]"],
    ["{:{w}}", ["x"], { w: 3 }, "x  "],
    ["{name!r:*^{w}}", [], { name: "Al", w: 8 }, "**'Al'**"],
  ]);

  it("law: !a is pure ASCII, and equals !r when the text is ASCII", () => {
    fc.assert(
      fc.property(plain, (text) => {
        const a = strFormat("{!a}", [text]);
        expect(a, '"{!a}" formatted').toMatch(/^[\x20-\x7e]*$/);
        if (/^[\x20-\x7e]*$/.test(text))
          expect(a, '"{!a}" formatted, against "{!r}"').toBe(strFormat("{!r}", [text]));
      }),
    );
  });

  it("law: !s of a str is the str itself", () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(strFormat("{!s}", [text]), '"{!s}" formatted').toBe(text);
      }),
    );
  });

  it("law: a nested field gives what the spec written out gives", () => {
    const values = fc.oneof(fc.integer(), fc.double().map(pyFloat), noBraces, fc.boolean());
    const fills = fc.constantFrom("", "*", "0", "😀");
    const aligns = fc.constantFrom("", "<", ">", "^");
    fc.assert(
      fc.property(values, fills, aligns, fc.nat(12), (value, fill, align, width) => {
        const spec = `${align === "" ? "" : fill}${align}${width}`;
        const written = outcome(() => strFormat(`{:${spec}}`, [value]));
        expectOutcome(
          () => strFormat("{:{}}", [value, spec]),
          written,
          `"{:{}}" with ${JSON.stringify(spec)}`,
        );
        expectOutcome(
          () => strFormat("{:{}{}{}}", [value, fill, align, width]),
          outcome(() => strFormat(`{:${fill}${align}${width}}`, [value])),
          '"{:{}{}{}}" with fill, align and width',
        );
      }),
    );
  });

  const transcript = [
    "Name: Alice, Age: 30",
    "Name: Alice, Age: 30",
    "Name: Alice, Age: 30",
    "Pi: 3.14",
    "abracadabra",
    "{literal} 42",
    "'Alice' Alice 'caf\\xe9'",
    "[     3.142]",
    "(3, 4)",
    "x Alice 😀",
    "ValueError: cannot switch from automatic field numbering to manual field specification",
    "IndexError: Replacement index 2 out of range for positional args tuple",
    "KeyError: 'x'",
    "ValueError: Single '}' encountered in format string",
    "AttributeError: 'Point' object has no attribute 'z'",
  ];

  it("demo() prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
