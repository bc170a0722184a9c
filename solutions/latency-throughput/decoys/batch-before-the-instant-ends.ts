// Mistake: the server starts a batch as soon as one request is queued, before the other
// requests sent at that same instant have joined the queue. Requests that arrive together are
// then answered one batch apart, and the batch never fills.
export * from "../latency-throughput.ts";

import { type BatchingOptions, LatencyRecorder, type Timing } from "../latency-throughput.ts";

export function simulateBatching(options: BatchingOptions): Timing[] {
  const { clients, requestsPerClient, thinkMs, maxBatch, setupMs, perItemMs } = options;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) {
    throw new RangeError("maxBatch must be a whole number, at least 1");
  }
  if (Math.min(thinkMs, setupMs, perItemMs) < 0) {
    throw new RangeError("durations must not be negative");
  }
  let clock = 0;
  const recorder = new LatencyRecorder(() => clock);
  const left = Array.from({ length: clients }, () => requestsPerClient);
  const sends = requestsPerClient > 0 ? left.map((_, client) => ({ at: 0, client })) : [];
  let queue: { readonly client: number; readonly stop: () => Timing }[] = [];
  let batch: typeof queue = [];
  let busyUntil = 0;
  const done: Timing[] = [];
  while (sends.length > 0 || batch.length > 0) {
    const next = sends[0];
    if (next === undefined || (batch.length > 0 && busyUntil <= next.at)) {
      clock = busyUntil;
      for (const { client, stop } of batch) {
        done.push(stop());
        left[client] = (left[client] as number) - 1;
        if ((left[client] as number) > 0) sends.push({ at: clock + thinkMs, client });
      }
      batch = [];
    } else {
      sends.shift();
      clock = next.at;
      queue.push({ client: next.client, stop: recorder.start() });
    }
    if (batch.length === 0) {
      batch = queue.slice(0, maxBatch);
      queue = queue.slice(maxBatch);
      busyUntil = clock + setupMs + perItemMs * batch.length;
    }
  }
  return done;
}
