import { join } from "node:path";
import type { TypeDiagnostic } from "../kata/outcome.ts";
import { startTree, stopTree } from "./process.ts";
import { parseDiagnostics } from "./typecheck.ts";

export interface TscWatch {
  close(): void;
}

const CYCLE_END = /Found \d+ errors?\. Watching for file changes\./;

/**
 * TypeScript's compiler in watch mode: one process for the whole session, re-checking only
 * what changed (a fraction of a second with the native compiler). Calls `onCycle` with every
 * diagnostic after each compilation.
 */
export function tscWatch(root: string, onCycle: (diagnostics: TypeDiagnostic[]) => void): TscWatch {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  // A tree, so that closing it ends the native compiler bin/tsc starts too.
  const child = startTree(
    process.execPath,
    [tsc, "-p", "tsconfig.json", "--watch", "--preserveWatchOutput", "--pretty", "false"],
    { cwd: root, stdio: ["ignore", "pipe", "ignore"] },
  );
  let buffer = "";
  let cycle: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (CYCLE_END.test(line)) {
        onCycle(parseDiagnostics(cycle.join("\n")));
        cycle = [];
      } else if (!/Starting (incremental )?compilation/.test(line)) {
        cycle.push(line);
      }
    }
  });
  return {
    close() {
      stopTree(child.pid);
    },
  };
}
