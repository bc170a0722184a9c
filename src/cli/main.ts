import { KataError } from "../errors.ts";
import { paintFor } from "../render/paint.ts";
import { parse } from "./parse.ts";
import { run } from "./run.ts";

/** The CLI's one error boundary: parse, run, print once, set the exit code. */
export async function main(argv: readonly string[], root: string): Promise<number> {
  const paint = paintFor(process.stdout, process.env);
  const errPaint = paintFor(process.stderr, process.env);
  try {
    const result = await run(parse(argv), {
      root,
      paint,
      now: () => new Date(),
      warn: (line) => process.stderr.write(`${errPaint.yellow("warning:")} ${line}\n`),
    });
    process.stdout.write(`${result.text}\n`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof KataError)) throw error;
    process.stderr.write(`${errPaint.red(error.message)}\n${error.next}\n`);
    return error.exitCode;
  }
}
