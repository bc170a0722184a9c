import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";

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
  | { readonly name: "verify"; readonly ids: readonly string[] };

export const HELP = `kata: Python to TypeScript katas

Usage:
  npx kata                          watch the first unfinished kata (in a terminal);
                                    elsewhere, print the progress table
  npx kata list [--json]            every kata with its status
  npx kata test <id>                run a kata's spec against your code
      --reporter pretty|json|junit  json is Exercism's results.json v3
      --timeout <seconds>           stop code that runs longer (default 10)
  npx kata watch [<id>]             re-run on every save; keys: n h c l r q
  npx kata hint <id>                the next hint for the step you are on
  npx kata solution <id> [--force]  the reference, once your kata passes
  npx kata compare <id> [--seed n]  your code beside the reference: tests, same inputs, diff
  npx kata reset <id>... | --all    back up your files to .kata/backups/, restore the stubs
      --yes                         do not ask first
      --from <git-ref>              restore from this commit (default HEAD)
  npx kata verify [<id>...]         prove the kata contract (for maintainers)
  npx kata help                     this text

Exit codes: 0 success or all green, 1 failing tests, 2 bad usage or a broken repository.`;

function seconds(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(`--timeout takes a number of seconds above 0, not "${value}".`);
  }
  return n;
}

function one(positionals: readonly string[], command: string): string {
  const [id, ...rest] = positionals;
  if (id === undefined) {
    throw new UsageError(
      `\`kata ${command}\` needs a kata id, as in \`npx kata ${command} singleton\`.`,
    );
  }
  if (rest.length > 0) {
    throw new UsageError(`\`kata ${command}\` takes one kata id; got ${positionals.join(" ")}.`);
  }
  return id;
}

function reporter(value: string | undefined): Reporter {
  const found = REPORTERS.find((r) => r === (value ?? "pretty"));
  if (!found) throw new UsageError(`--reporter is one of ${REPORTERS.join(", ")}, not "${value}".`);
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
  help: { type: "boolean", short: "h" },
} as const;

/** Turns argv (without node and the script) into a Command, or throws a UsageError (pure). */
export function parse(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
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
      if (rest.length > 1) throw new UsageError("`kata watch` takes at most one kata id.");
      return rest[0] === undefined
        ? { name: "watch", timeoutSeconds }
        : { name: "watch", id: rest[0], timeoutSeconds };
    case "hint":
      return { name: "hint", id: one(rest, "hint") };
    case "solution":
      return { name: "solution", id: one(rest, "solution"), force: values.force ?? false };
    case "compare": {
      const seed = values.seed === undefined ? undefined : Number(values.seed);
      if (seed !== undefined && !Number.isInteger(seed))
        throw new UsageError(`--seed takes an integer, not "${values.seed}".`);
      return {
        name: "compare",
        id: one(rest, "compare"),
        timeoutSeconds,
        ...(seed === undefined ? {} : { seed }),
      };
    }
    case "reset": {
      if (values.all && rest.length > 0)
        throw new UsageError("`kata reset` takes kata ids or --all, not both.");
      if (!values.all && rest.length === 0)
        throw new UsageError("`kata reset` needs kata ids or --all.");
      return {
        name: "reset",
        ids: values.all ? "all" : rest,
        yes: values.yes ?? false,
        from: values.from ?? "HEAD",
      };
    }
    case "verify":
      return { name: "verify", ids: rest };
    default:
      throw new UsageError(`Unknown command "${name}".`);
  }
}
