"""Singleton: one PrinterManager for the whole office, and a printer driver loaded once."""

import asyncio


class PrinterManager:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            # super().__new__(cls, *args, **kwargs), as often written, raises TypeError as soon as
            # arguments are passed: object.__new__ takes only the class.
            cls._instance = super().__new__(cls)
            # The queue is made here, not in __init__: __init__ runs on every PrinterManager()
            # call and would empty the shared queue each time.
            cls._instance._queue = []
        return cls._instance

    def print(self, document):
        self._queue.append(document)
        return len(self._queue)

    def print_next(self):
        return self._queue.pop(0) if self._queue else None

    @property
    def pending(self):
        return tuple(self._queue)


pm1 = PrinterManager()
pm2 = PrinterManager()
print(f"pm1 is pm2: {pm1 is pm2}")
print(f"report.pdf queued at position {pm1.print('report.pdf')}")
print(f"invoice.docx queued at position {pm2.print('invoice.docx')}")
print(f"pending: {', '.join(PrinterManager().pending)}")
print(f"printing {pm2.print_next()}")
print(f"printing {pm1.print_next()}")
print(f"queue empty: {pm1.print_next() is None}")


# The driver takes a while to load. Every caller shares the one loading task, so concurrent
# callers never load it twice.
loads = 0
_driver_task = None


async def load_driver():
    global loads
    loads += 1
    await asyncio.sleep(0)
    return "laser-driver"


def get_driver():
    global _driver_task
    if _driver_task is None:
        _driver_task = asyncio.ensure_future(load_driver())
    return _driver_task


async def main():
    first, second = await asyncio.gather(get_driver(), get_driver())
    print(f"both callers got {first} and {second}; loaded {loads} time(s)")


asyncio.run(main())
