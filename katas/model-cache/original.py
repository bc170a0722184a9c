"""A memory-budgeted cache of models: load once, share while in use, evict the least recently used."""

import asyncio
from collections import OrderedDict
from contextlib import contextmanager

# The seed moves one torch model between CPU and GPU by hand: load_model_to_gpu (model.to("cuda")),
# perform_inference under torch.no_grad(), unload_model_from_gpu (model.to("cpu") and
# torch.cuda.empty_cache()). Here the GPU is a budget in MB, the models are plain objects, and
# the cache decides when to load and when to unload, for many callers at once.


class GradMode:
    """A stand-in for torch's autograd switch."""

    def __init__(self):
        self.enabled = True

    @contextmanager
    def no_grad(self):
        before = self.enabled
        self.enabled = False
        try:
            yield
        finally:
            self.enabled = before


class CacheFullError(Exception):
    def __init__(self, name, needed_mb, free_mb, in_use):
        super().__init__(
            f"cannot load {name} ({needed_mb} MB): {free_mb} MB free,"
            f" and the models that could make room are in use: {', '.join(in_use)}"
        )
        self.name, self.needed_mb, self.free_mb, self.in_use = name, needed_mb, free_mb, in_use


class Entry:
    def __init__(self, size_mb, task):
        self.size_mb = size_mb
        self.task = task  # the load, shared by every caller that arrives while it runs
        self.leases = 0
        self.model = None


class Lease:
    """The right to use a loaded model; the cache will not evict it until it is released."""

    def __init__(self, name, entry):
        self.name = name
        self._entry = entry
        self._released = False

    @property
    def model(self):
        if self._released:
            raise RuntimeError(f"the lease on {self.name} was released")
        return self._entry.model

    def release(self):
        if not self._released:
            self._released = True
            self._entry.leases -= 1

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.release()


class ModelCache:
    def __init__(self, budget_mb, sizes, load, unload=lambda name, model: None):
        self.budget_mb = budget_mb
        self._sizes = sizes
        self._load = load
        self._unload = unload
        self._entries = OrderedDict()  # least recently used first
        self.used_mb = 0

    def entries(self):
        return [
            (name, e.size_mb, e.leases, e.model is None)
            for name, e in self._entries.items()
        ]

    async def get(self, name):
        entry = self._entries.get(name)
        if entry is None:
            if name not in self._sizes:
                raise ValueError(f"unknown model: {name}")
            size = self._sizes[name]
            if size > self.budget_mb:
                raise ValueError(f"{name} needs {size} MB, more than the whole budget of {self.budget_mb} MB")
            self._make_room(name, size)
            entry = Entry(size, asyncio.ensure_future(self._load(name)))
            entry.task.add_done_callback(lambda task: self._loaded(name, entry, task))
            self._entries[name] = entry
            self.used_mb += size
        else:
            self._entries.move_to_end(name)  # lru_cache does the same on a hit
        entry.leases += 1  # pinned from now on, even while it loads
        try:
            await asyncio.shield(entry.task)  # a cancelled caller must not cancel everyone's load
        except BaseException:  # CancelledError too: a caller that gives up gives its lease back
            entry.leases -= 1
            raise
        return Lease(name, entry)

    def _loaded(self, name, entry, task):
        if task.exception() is None:
            entry.model = task.result()
        elif self._entries.get(name) is entry:
            del self._entries[name]  # a failed load is not cached: the next get tries again
            self.used_mb -= entry.size_mb

    def _make_room(self, name, size):
        idle = [n for n, e in self._entries.items() if e.leases == 0 and e.model is not None]
        victims, free = [], self.budget_mb - self.used_mb
        for victim in idle:
            if free >= size:
                break
            victims.append(victim)
            free += self._entries[victim].size_mb
        if free < size:
            in_use = [n for n, e in self._entries.items() if n not in idle]
            raise CacheFullError(name, size, self.budget_mb - self.used_mb, in_use)
        for victim in victims:
            entry = self._entries.pop(victim)
            self.used_mb -= entry.size_mb
            self._unload(victim, entry.model)


async def with_model(cache, name, fn):
    with await cache.get(name) as lease:
        return await fn(lease.model)


async def main():
    grad = GradMode()
    events = []

    class Model:
        def __init__(self, name):
            self.name, self.device = name, "cpu"

        def to(self, device):
            self.device = device
            return self

        def __call__(self, text):
            return f"{self.name}({text!r}) on {self.device}, grad {'on' if grad.enabled else 'off'}"

    attempts = {}

    async def load(name):  # load_model_to_gpu
        attempts[name] = attempts.get(name, 0) + 1
        events.append(f"load {name}")
        await asyncio.sleep(0)  # the weights take a while to arrive
        if name == "sd-unet" and attempts[name] == 1:
            raise OSError("sd-unet.safetensors: checksum mismatch")
        return Model(name).to("cuda")

    def unload(name, model):  # unload_model_from_gpu
        model.to("cpu")
        events.append(f"unload {name}")

    def show(label):
        print(f"{label}: " + (", ".join(f"{n}{'*' * leases}" for n, _, leases, _ in cache.entries()) or "empty")
              + f" ({cache.used_mb}/{cache.budget_mb} MB)" + (f"  [{'; '.join(events)}]" if events else ""))
        events.clear()

    sizes = {"resnet50": 100, "bert-base": 450, "whisper-small": 300, "sd-unet": 700, "llama-70b": 1400}
    cache = ModelCache(1000, sizes, load, unload)

    first, second = await asyncio.gather(cache.get("bert-base"), cache.get("bert-base"))
    print(f"two callers, one load: {attempts['bert-base']} call(s), same model: {first.model is second.model}")
    with first, second:
        with grad.no_grad():  # perform_inference
            print(first.model("hello"))
        show("in use")
    print(f"grad after inference: {'on' if grad.enabled else 'off'}")
    show("released")
    for name in ("resnet50", "whisper-small"):
        with await cache.get(name):
            pass
    show("three loaded")
    with await cache.get("bert-base"):  # a hit: bert-base becomes the most recently used
        pass
    show("bert-base used again")
    with await cache.get("whisper-small"):
        for name in ("sd-unet", "llama-70b", "gpt-9"):
            try:
                await cache.get(name)
            except (ValueError, OSError) as error:
                print(f"get {name}: {error}")
        show("after the failures")
        with await cache.get("resnet50"), await cache.get("bert-base"):
            try:
                await cache.get("sd-unet")
            except CacheFullError as error:
                print(f"get sd-unet: CacheFullError: {error}")
            show("all in use")

    async def caption(model):
        with grad.no_grad():
            return model("a cat")

    print(await with_model(cache, "sd-unet", caption))
    show("sd-unet loaded")
    lease = await cache.get("sd-unet")
    lease.release()
    lease.release()
    try:
        lease.model
    except RuntimeError as error:
        print(f"after release: {error}")
    show("released twice")


asyncio.run(main())
