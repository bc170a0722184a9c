import { readFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";

/** The machine a figure was measured on, as one line of Markdown. */
export function describeMachine(): string {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? "unknown CPU";
  const memory = (totalmem() / 2 ** 30).toFixed(0);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  return (
    `${availableParallelism()} cores (${model}), ${memory} GiB, Node ${process.version}, ` +
    `${process.platform}; load average at start ${load}`
  );
}
