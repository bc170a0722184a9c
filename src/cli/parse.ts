import { parseArgs } from "node:util";
import {
  CLASSROOM_OPTIONS,
  type ClassroomCommand,
  parseClassroom,
} from "../classroom/parse-classroom.ts";
import { UsageError } from "../errors.ts";
import { LOCALES, type Locale } from "../kata/manifest.ts";

export const REPORTERS = ["pretty", "json", "junit"] as const;
export type Reporter = (typeof REPORTERS)[number];

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
    }
  | { readonly name: "watch"; readonly id?: string; readonly timeoutSeconds: number }
  | { readonly name: "hint"; readonly id: string }
  | { readonly name: "solution"; readonly id: string; readonly force: boolean }
  | {
      readonly name: "compare";
      readonly id: string;
      readonly timeoutSeconds: number;
      readonly seed?: number;
    }
  | {
      readonly name: "reset";
      readonly ids: readonly string[] | "all";
      readonly yes: boolean;
      readonly from: string;
    }
  | { readonly name: "verify"; readonly ids: readonly string[] }
  | ClassroomCommand;

function seconds(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError((m) => m.usage.timeout(value));
  return n;
}

function one(positionals: readonly string[], command: string): string {
  const [id, ...rest] = positionals;
  if (id === undefined) throw new UsageError((m) => m.usage.needsId(command));
  if (rest.length > 0) throw new UsageError((m) => m.usage.oneId(command, positionals.join(" ")));
  return id;
}

function reporter(value: string | undefined): Reporter {
  const found = REPORTERS.find((r) => r === (value ?? "pretty"));
  if (!found) throw new UsageError((m) => m.usage.reporter(REPORTERS.join(", "), value ?? ""));
  return found;
}

const options = {
  json: { type: "boolean" },
  timeout: { type: "string" },
  reporter: { type: "string" },
  force: { type: "boolean" },
  all: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  from: { type: "string" },
  seed: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  ...CLASSROOM_OPTIONS,
} as const;

/** The `--lang` of an argv, read before anything else so that even usage errors are in that language. */
export function langOption(argv: readonly string[]): Locale | undefined {
  const index = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (index === -1) return undefined;
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice("--lang=".length) : (argv[index + 1] ?? "");
  const locale = LOCALES.find((l) => l.toLowerCase() === value.toLowerCase());
  if (!locale) throw new UsageError((m) => m.usage.lang(value));
  return locale;
}

/** Turns argv (without node and the script) into a Command, or throws a UsageError (pure). */
export function parse(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError((m) => m.usage.badOption(detail));
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help) return { name: "help" };
  const timeoutSeconds = seconds(values.timeout);
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
      };
    case "watch":
      if (rest.length > 1) throw new UsageError((m) => m.usage.watchOneId);
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
        throw new UsageError((m) => m.usage.seed(values.seed ?? ""));
      }
      return {
        name: "compare",
        id: one(rest, "compare"),
        timeoutSeconds,
        ...(seed === undefined ? {} : { seed }),
      };
    }
    case "reset": {
      if (values.all && rest.length > 0) throw new UsageError((m) => m.usage.resetNotBoth);
      if (!values.all && rest.length === 0) throw new UsageError((m) => m.usage.resetIdsOrAll);
      return {
        name: "reset",
        ids: values.all ? "all" : rest,
        yes: values.yes ?? false,
        from: values.from ?? "HEAD",
      };
    }
    case "verify":
      return { name: "verify", ids: rest };
    case "pack":
    case "classroom":
    case "grade":
      return parseClassroom(name, rest, values, timeoutSeconds);
    default:
      throw new UsageError((m) => m.usage.unknownCommand(name));
  }
}
