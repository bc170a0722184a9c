// Preloaded (`node --import`) into each runner child the `kata test` daemon starts ahead, before
// tsx or anything else: a thread of its own (learner code can block the main thread for good)
// that ends this process's group, the vitest workers included, as soon as the daemon that
// started it (KATA_SPARE_PARENT) is gone, whether it was killed alone or with its group, and
// even while this process is still loading.
import { Worker } from "node:worker_threads";

const parent = Number(process.env.KATA_SPARE_PARENT);
if (Number.isInteger(parent) && parent > 0) {
  const lifeline = `
const parent = ${parent};
const end = () => {
  try { process.kill(process.platform === "win32" ? process.pid : -process.pid, "SIGKILL"); }
  catch { process.kill(process.pid, "SIGKILL"); }
};
if (process.ppid !== parent) end();
setInterval(() => { if (process.ppid !== parent) end(); }, 500);
`;
  new Worker(lifeline, { eval: true }).unref();
}
