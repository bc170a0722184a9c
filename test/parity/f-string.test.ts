import fc from "fast-check";
import { it } from "vitest";
import { f } from "#kata/f-string";
import { pyFloat } from "#kata/format-spec";
import { agreeWithCPython, pyLiteral } from "./cpython.ts";

// A generated f-string, kept as a tree so that it can be written twice: as a tagged template
// (`${value}{!r:>5}`) and as Python source (f"{v0!r:>5}") whose fields name variables v0, v1, ...
type Value = { readonly float: boolean; readonly value: unknown };
interface Suffix {
  readonly label: readonly [before: string, after: string, afterEquals: string] | null;
  readonly head: string; // whitespace (or junk) before "!", ":" or "}" when there is no label
  readonly conversion: string;
  readonly spec: readonly Node[] | null;
}
type Node =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "field"; readonly value: Value; readonly suffix: Suffix | null };

const value: fc.Arbitrary<Value> = fc.oneof(
  {
    arbitrary: fc.integer({ min: -2000, max: 2000 }).map((v) => ({ float: false, value: v })),
    weight: 3,
  },
  { arbitrary: fc.double().map((v) => ({ float: true, value: v })), weight: 3 },
  {
    arbitrary: fc
      .string({ maxLength: 6, unit: "grapheme" })
      .map((v) => ({ float: false, value: v })),
    weight: 3,
  },
  fc
    .constantFrom<unknown>(true, false, null, 2n ** 70n, [1, "a"], "Zoë", "it's")
    .map((v) => ({ float: false, value: v })),
);
const width: fc.Arbitrary<Value> = fc.oneof(
  fc.integer({ min: 0, max: 12 }).map((v) => ({ float: false, value: v })),
  fc
    .constantFrom<unknown>("<", ">", "^", "*", ".2", "x", "", true)
    .map((v) => ({ float: false, value: v })),
);

const ws = fc.constantFrom("", "", "", " ", "  ", "\t");
const conversion = fc.oneof(
  { arbitrary: fc.constantFrom("", "!r", "!s", "!a"), weight: 12 },
  fc.constantFrom("!z", "!", "! r", "!rr", "!1", "!=", "!R", "!r x", "!-"),
);
// Spec text: mostly pieces of well-formed specs, sometimes any characters of the mini-language.
const specText = fc
  .oneof(
    {
      arbitrary: fc.constantFrom("", "", ">", "<8", "*^", "+", ".2", ",", "#", "e", ".1f", "x"),
      weight: 4,
    },
    fc
      .array(fc.constantFrom(..."<>^=+- z#0159,_.2dfegxs%r*".split("")), { maxLength: 5 })
      .map((chars) => chars.join("")),
  )
  .map((text) => ({ kind: "text" as const, text }));

function suffix(depth: number): fc.Arbitrary<Suffix> {
  const nested =
    depth >= 3 ? fc.constant([]) : fc.array(fieldNode(width, depth + 1), { maxLength: 2 });
  const spec = fc.option(
    fc
      .tuple(
        specText,
        nested,
        specText,
        fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, fc.constant("{}")),
      )
      .map(([a, fields, b, lone]) => [
        a,
        ...fields,
        b,
        ...(lone ? [{ kind: "text" as const, text: lone }] : []),
      ]),
    { freq: 2 },
  );
  // Not nested: CPython 3.14 prints a wrong label for f"{x:{a}{b=}}" ("a}{b=", not "b=").
  const label =
    depth > 0 ? fc.constant(null) : fc.option(fc.tuple(ws, ws, ws), { freq: 3, nil: null });
  const head = fc.oneof({ arbitrary: fc.constant(""), weight: 10 }, fc.constantFrom(" ", ";"));
  return fc.record({
    label,
    head,
    conversion: fc.tuple(conversion, ws).map(([c, w]) => (c ? c + w : "")),
    spec,
  });
}

function fieldNode(values: fc.Arbitrary<Value>, depth: number): fc.Arbitrary<Node> {
  return fc.record({
    kind: fc.constant("field" as const),
    value: values,
    suffix: fc.option(suffix(depth), { freq: 4, nil: null }),
  });
}

const textNode: fc.Arbitrary<Node> = fc
  .array(
    fc.oneof(
      {
        arbitrary: fc.constantFrom("a", "Pi: ", " ", "é", "😀", "{{", "}}", '"', "\\", "\n"),
        weight: 30,
      },
      fc.constantFrom("}", "{}", "{ :", "{!r}", "{ =}"),
    ),
    { maxLength: 4 },
  )
  .map((parts) => ({ kind: "text" as const, text: parts.join("") }));

const template = fc.tuple(
  fc.array(fc.oneof(textNode, fieldNode(value, 0)), { maxLength: 5 }),
  fc.oneof({ arbitrary: fc.constant(""), weight: 20 }, fc.constantFrom("{", "{ ")),
);

/** Both renderings of a template: the tag's parts and values, Python's source and variables. */
function render([nodes, tail]: readonly [readonly Node[], string]) {
  const parts = [""];
  const values: unknown[] = [];
  const variables: string[] = [];
  const append = (ts: string) => {
    parts[parts.length - 1] += ts;
  };
  const pyText = (text: string) =>
    [...text].map((c) => (c === "\\" || c === '"' ? `\\${c}` : c === "\n" ? "\\n" : c)).join("");
  const walk = (list: readonly Node[], depth: number): string =>
    list
      .map((node, i) => {
        if (node.kind === "text") {
          append(node.text);
          return pyText(node.text);
        }
        const name = `v${variables.length}`;
        variables.push(
          node.value.float ? pyLiteral(node.value.value, true) : pyLiteral(node.value.value),
        );
        values.push(node.value.float ? pyFloat(node.value.value as number) : node.value.value);
        parts.push("");
        const s = node.suffix;
        if (s === null) {
          // A "{" right after a value opens its suffix: write the empty one, "{}", before it.
          const rest = list.slice(i + 1);
          const end = rest.findIndex((n) => n.kind === "field");
          const next = (end === -1 ? rest : rest.slice(0, end))
            .map((n) => (n.kind === "text" ? n.text : ""))
            .join("");
          if (next.startsWith("{") && (depth > 0 || !next.startsWith("{{"))) append("{}");
          return `{${name}}`;
        }
        const label = s.label ? `${s.label[0]}${name}${s.label[1]}=${s.label[2]}` : s.head;
        append(`{${label}${s.conversion}`);
        const head = s.label ? `{${label}` : `{${name}${label}`;
        let spec = "";
        if (s.spec) {
          append(":");
          spec = `:${walk(s.spec, depth + 1)}`;
        }
        append("}");
        return `${head}${s.conversion}${spec}}`;
      })
      .join("");
  const source = `f"${walk(nodes, 0)}${tail}"`;
  append(tail);
  return { parts, values, source, variables };
}

const HELPER = `
def run(source, env):
    try:
        code = compile(source, "<f>", "eval")
    except SyntaxError as e:
        raise SyntaxError(e.msg) from None
    return eval(code, env)
`;

it("law: f-string agrees with CPython on generated templates, values, conversions and specs", async () => {
  await agreeWithCPython(template, {
    python: (input) => {
      const { source, variables } = render(input);
      const env = variables.map((v, i) => `"v${i}": ${v}`).join(", ");
      return `(lambda g: (exec(${JSON.stringify(HELPER)}, g), g["run"](${JSON.stringify(source)}, {${env}}))[1])({})`;
    },
    typescript: (input) => {
      const { parts, values } = render(input);
      return f(Object.assign([...parts], { raw: [...parts] }), ...values);
    },
  });
});
