import { execFile } from "node:child_process";
import { join } from "node:path";
import type { TypeDiagnostic } from "../kata/outcome.ts";
import { toPosix } from "../kata/paths.ts";

/** One compiler diagnostic, `katas/x/x.ts(3,7): error TS2322: ...`, becomes data. */
const LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/** Parses `tsc --pretty false` output; lines that are not diagnostics continue the previous one. */
export function parseDiagnostics(output: string): TypeDiagnostic[] {
  const diagnostics: TypeDiagnostic[] = [];
  for (const line of output.split("\n")) {
    const match = LINE.exec(line);
    if (match) {
      const [, file = "", row = "0", column = "0", code = "", message = ""] = match;
      diagnostics.push({
        file: toPosix(file),
        line: Number(row),
        column: Number(column),
        code,
        message,
      });
    } else if (line.trim() !== "" && diagnostics.length > 0) {
      const last = diagnostics.pop();
      if (last) diagnostics.push({ ...last, message: `${last.message}\n${line}` });
    }
  }
  return diagnostics;
}

/** Runs TypeScript's compiler on a tsconfig and returns its diagnostics: `await typecheck(root, "tsconfig.json")`. */
export function typecheck(root: string, project: string): Promise<TypeDiagnostic[]> {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [tsc, "-p", project, "--pretty", "false"],
      { cwd: root, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout) => {
        // tsc exits 1 or 2 when it finds errors; only a failure to start is an error here.
        if (error && typeof error.code !== "number") fail(error);
        else done(parseDiagnostics(stdout));
      },
    );
  });
}
