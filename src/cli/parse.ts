import { parseArgs } from "node:util";
import { REPORTERS, type Reporter, secondsOption } from "../commands/options.ts";
import { UsageError } from "../errors.ts";
import type { PrerequisiteMode } from "../kata/prerequisites.ts";
import { LOCALES, type Locale } from "../kata/vocabulary.ts";

/** The teacher's commands: parsed and run by src/classroom, which is loaded only for them. */
export const CLASSROOM_COMMANDS = ["pack", "classroom", "grade"] as const;

/** Every command the CLI understands, as data. */
export type Command =
  | { readonly name: "home" }
  | { readonly name: "help" }
  | { readonly name: "list"; readonly json: boolean }
  | {
      readonly name: "test";
      readonly id: string;
      readonly timeoutSeconds: number;
      readonly reporter: Reporter;
      readonly prerequisites: PrerequisiteMode;
    }
  | { readonly name: "watch"; readonly id?: string; readonly timeoutSeconds: number }
  | { readonly name: "hint"; readonly id: string }
  | { readonly name: "solution"; readonly id: string; readonly force: boolean }
  | {
      readonly name: "compare";
      readonly id: string;
      readonly timeoutSeconds: number;
      readonly seed?: number;
      /** Show the reference's code before the kata passes (recorded, as `solution --force`). */
      readonly force: boolean;
      /** Every test, every value and the whole diff, not the short view. */
      readonly full: boolean;
    }
  | {
      readonly name: "reset";
      readonly ids: readonly string[] | "all";
      readonly yes: boolean;
      readonly from: string;
    }
  | { readonly name: "verify"; readonly ids: readonly string[] }
  | { readonly name: "version" }
  | { readonly name: "classroom"; readonly argv: readonly string[] };

function one(positionals: readonly string[], command: string): string {
  const [id, ...rest] = positionals;
  if (id === undefined) throw new UsageError({ kind: "needsId", command });
  if (rest.length > 0) throw new UsageError({ kind: "oneId", command, got: positionals.join(" ") });
  return id;
}

function reporter(value: string | undefined): Reporter {
  const found = REPORTERS.find((r) => r === (value ?? "pretty"));
  if (!found) throw new UsageError({ kind: "reporter", choices: REPORTERS, value: value ?? "" });
  return found;
}

/** `--prerequisites`: `own` or `reference`; absent, `auto` (own once passed, else reference). */
function prerequisiteMode(value: string | undefined): PrerequisiteMode {
  if (value === undefined) return "auto";
  if (value === "own" || value === "reference") return value;
  throw new UsageError({ kind: "prerequisites", value });
}

/** `--from`'s git revision; one that starts with `-` would reach git as an option. */
function revision(value: string | undefined): string {
  if (value === undefined) return "HEAD";
  if (value === "" || value.startsWith("-")) throw new UsageError({ kind: "from", value });
  return value;
}

const options = {
  json: { type: "boolean" },
  timeout: { type: "string" },
  reporter: { type: "string" },
  force: { type: "boolean" },
  full: { type: "boolean" },
  prerequisites: { type: "string" },
  all: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  from: { type: "string" },
  seed: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** The `--lang` of an argv, read before anything else so that even usage errors are in that language. */
export function langOption(argv: readonly string[]): Locale | undefined {
  const index = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (index === -1) return undefined;
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice("--lang=".length) : (argv[index + 1] ?? "");
  const locale = LOCALES.find((l) => l.toLowerCase() === value.toLowerCase());
  if (!locale) throw new UsageError({ kind: "lang", value });
  return locale;
}

/** Turns argv (without node and the script) into a Command, or throws a UsageError (pure). */
export function parse(argv: readonly string[]): Command {
  // Options this table does not know (the classroom's own) do not stop the command's name.
  const [first] = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: false,
  }).positionals;
  if (CLASSROOM_COMMANDS.some((c) => c === first)) return { name: "classroom", argv };
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError({ kind: "badOption", detail });
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const timeoutSeconds = secondsOption(values.timeout);
  switch (name) {
    case undefined:
      return { name: "home" };
    case "help":
      return { name: "help" };
    case "list":
      return { name: "list", json: values.json ?? false };
    case "test":
      return {
        name: "test",
        id: one(rest, "test"),
        timeoutSeconds,
        reporter: reporter(values.reporter),
        prerequisites: prerequisiteMode(values.prerequisites),
      };
    case "watch":
      if (rest.length > 1) throw new UsageError({ kind: "watchOneId" });
      return rest[0] === undefined
        ? { name: "watch", timeoutSeconds }
        : { name: "watch", id: rest[0], timeoutSeconds };
    case "hint":
      return { name: "hint", id: one(rest, "hint") };
    case "solution":
      return { name: "solution", id: one(rest, "solution"), force: values.force ?? false };
    case "compare": {
      const seed = values.seed === undefined ? undefined : Number(values.seed);
      if (seed !== undefined && !Number.isInteger(seed)) {
        throw new UsageError({ kind: "seed", value: values.seed ?? "" });
      }
      return {
        name: "compare",
        id: one(rest, "compare"),
        timeoutSeconds,
        force: values.force ?? false,
        full: values.full ?? false,
        ...(seed === undefined ? {} : { seed }),
      };
    }
    case "reset": {
      if (values.all && rest.length > 0) throw new UsageError({ kind: "resetNotBoth" });
      if (!values.all && rest.length === 0) throw new UsageError({ kind: "resetIdsOrAll" });
      return {
        name: "reset",
        ids: values.all ? "all" : rest,
        yes: values.yes ?? false,
        from: revision(values.from),
      };
    }
    case "verify":
      return { name: "verify", ids: rest };
    case "version":
      return { name: "version" };
    default:
      throw new UsageError({ kind: "unknownCommand", name });
  }
}
