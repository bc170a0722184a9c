import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";

/** Every command the CLI understands, as data. */
export type Command =
  | { readonly name: "home" }
  | { readonly name: "help" }
  | { readonly name: "list"; readonly json: boolean }
  | { readonly name: "test"; readonly id: string; readonly timeoutSeconds: number }
  | { readonly name: "verify"; readonly ids: readonly string[] };

export const HELP = `kata: Python to TypeScript katas

Usage:
  npx kata                      the kata list and what to do next
  npx kata list [--json]        every kata with its status
  npx kata test <id>            run a kata's spec against your code
      --timeout <seconds>       stop code that runs longer (default 10)
  npx kata verify [<id>...]     prove the kata contract (for maintainers)
  npx kata help                 this text

Exit codes: 0 green, 1 failing tests, 2 bad usage or a broken repository.`;

function seconds(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--timeout takes a number of seconds above 0, not "${value}".`);
  return n;
}

function one(positionals: readonly string[], command: string): string {
  const [id, ...rest] = positionals;
  if (id === undefined)
    throw new UsageError(
      `\`kata ${command}\` needs a kata id, as in \`npx kata ${command} singleton\`.`,
    );
  if (rest.length > 0)
    throw new UsageError(`\`kata ${command}\` takes one kata id; got ${positionals.join(" ")}.`);
  return id;
}

/** Turns argv (without node and the script) into a Command, or throws a UsageError (pure). */
export function parse(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    json: { type: "boolean" },
    timeout: { type: "string" },
    help: { type: "boolean", short: "h" },
  } as const;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help) return { name: "help" };
  switch (name) {
    case undefined:
      return { name: "home" };
    case "help":
      return { name: "help" };
    case "list":
      return { name: "list", json: values.json ?? false };
    case "test":
      return { name: "test", id: one(rest, "test"), timeoutSeconds: seconds(values.timeout) };
    case "verify":
      return { name: "verify", ids: rest };
    default:
      throw new UsageError(`Unknown command "${name}".`);
  }
}
