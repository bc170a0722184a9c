"""Latency and throughput: percentiles as statistics.quantiles cuts them, and what batching trades."""

import asyncio
import statistics
from dataclasses import dataclass

# The seed measures latency in milliseconds and throughput in requests per second. The clock is
# injected: in production it would be `lambda: time.perf_counter() * 1000`; here it is a number
# that the fake requests move forward, so the transcript is the same on every run.


@dataclass(frozen=True)
class Timing:
    start: float
    end: float


class LatencyRecorder:
    def __init__(self, now):
        self._now = now
        self._timings = []

    @property
    def timings(self):
        return tuple(self._timings)

    def start(self):
        began = self._now()
        timing = None

        def stop():
            nonlocal timing  # a closure may rebind the variable only when told so
            if timing is None:
                timing = Timing(began, self._now())
                self._timings.append(timing)
            return timing

        return stop

    async def time(self, work):
        stop = self.start()
        try:
            return await work()
        finally:
            stop()  # a failed request took time too


def summarize(timings):
    latencies = [t.end - t.start for t in timings]
    cuts = statistics.quantiles(latencies, n=100)  # 99 cut points; the k-th percentile is cuts[k-1]
    window = max(t.end for t in timings) - min(t.start for t in timings)
    if window <= 0:
        raise statistics.StatisticsError("throughput needs a window longer than 0 ms")
    return {
        "count": len(latencies),
        "mean": sum(latencies) / len(latencies),
        "p50": cuts[49],
        "p95": cuts[94],
        "p99": cuts[98],
        "window": window,
        "throughput": 1000 * len(latencies) / window,
    }


def simulate_batching(clients, requests_per_client, think_ms, max_batch, setup_ms, per_item_ms):
    """A closed system: each client sends its next request think_ms after the last answer."""
    if not isinstance(max_batch, int) or max_batch < 1:
        raise ValueError("max_batch must be a whole number, at least 1")
    if min(think_ms, setup_ms, per_item_ms) < 0:
        raise ValueError("durations must not be negative")
    clock = 0
    recorder = LatencyRecorder(lambda: clock)
    # Requests are sent in time order, so this list stays sorted: the next send is the first.
    sends = [(0, client) for client in range(clients)] if requests_per_client > 0 else []
    left = [requests_per_client] * clients
    queue, batch, busy_until, done = [], [], 0, []
    while sends or batch:  # a queued request always has a running batch ahead of it
        if not sends or (batch and busy_until <= sends[0][0]):
            clock = busy_until
            for client, stop in batch:
                done.append(stop())
                left[client] -= 1
                if left[client] > 0:
                    sends.append((clock + think_ms, client))
            batch = []
        else:
            at, client = sends.pop(0)
            clock = at
            queue.append((client, recorder.start()))
        # An idle server starts a batch once every send of this instant has joined the queue.
        if not batch and (not sends or sends[0][0] > clock):
            batch, queue = queue[:max_batch], queue[max_batch:]
            busy_until = clock + setup_ms + per_item_ms * len(batch)
    return done


def cuts(values):
    return ", ".join(f"{v:.1f}" for v in values)


clock = 0


async def request(ms):
    global clock
    clock += ms  # the fake request takes ms milliseconds of fake time


async def main():
    recorder = LatencyRecorder(lambda: clock)
    service = [12, 15, 11, 40, 13, 14, 90, 12, 16, 13]
    for ms in service:
        await recorder.time(lambda: request(ms))
    latencies = [t.end - t.start for t in recorder.timings]
    print(f"latencies (ms): {', '.join(str(x) for x in latencies)}")
    print(f"sorted: {sorted(latencies)}")
    s = summarize(recorder.timings)
    print(f"mean {s['mean']:.1f} ms, throughput {s['throughput']:.2f} req/s over {s['window']} ms")
    print(f"exclusive p50, p95, p99: {cuts([s['p50'], s['p95'], s['p99']])}")
    inclusive = statistics.quantiles(latencies, n=100, method="inclusive")
    print(f"inclusive p50, p95, p99: {cuts([inclusive[49], inclusive[94], inclusive[98]])}")
    print(f"in flight on average: {s['throughput'] * s['mean'] / 1000:.2f}")
    print(f"median cut of [10, 9, 1]: {cuts(statistics.quantiles([10, 9, 1], n=2))}")
    print(f"quartiles of [42]: {statistics.quantiles([42], n=4)}")
    for data, n in (([], 4), ([1, 2], 0)):
        try:
            statistics.quantiles(data, n=n)
        except statistics.StatisticsError as error:
            print(f"quantiles({data}, n={n}): StatisticsError: {error}")
    print(f"mean of ten 0.1 ms requests: {summarize([Timing(0, 0.1)] * 10)['mean']}")
    try:
        summarize([Timing(5, 5)])
    except statistics.StatisticsError as error:
        print(f"one instant request: {error}")
    print("8 clients, 5 requests each, batch cost 20 ms + 2 ms per request:")
    for max_batch in (1, 2, 4, 8):
        s = summarize(simulate_batching(8, 5, 0, max_batch, 20, 2))
        print(
            f"  max batch {max_batch}: {s['throughput']:.1f} req/s, mean {s['mean']:.1f} ms,"
            f" p99 {s['p99']:.1f} ms, in flight {s['throughput'] * s['mean'] / 1000:.2f}"
        )
    print("clients = max batch, no think time:")
    for size in (1, 2, 4, 8, 16):
        s = summarize(simulate_batching(size, 3, 0, size, 20, 2))
        print(f"  batch {size}: {s['throughput']:.1f} req/s at {s['mean']:.1f} ms each")


asyncio.run(main())
