"""tail: the end of a file in lines or bytes, GNU headers for several files, and -f by name."""

import asyncio
import re

# Files live in memory, so the transcript is the same on every run. An inode is what a name
# points to: renaming a log moves the name, and the inode (and anyone reading it) stays put.


class Inode:
    def __init__(self, number, data=b""):
        self.number = number
        self.data = bytearray(data)

    def size(self):
        return len(self.data)

    def read(self, start):
        return bytes(self.data[start:])


class MemoryFS:
    def __init__(self):
        self._names = {}
        self._inodes = 0

    def create(self, name, data=b""):
        """A new file under `name`, replacing whatever the name pointed to."""
        self._inodes += 1
        self._names[name] = Inode(self._inodes, data)

    def append(self, name, data):
        self._names[name].data += data

    def truncate(self, name):
        del self._names[name].data[:]

    def rename(self, old, new):
        self._names[new] = self._names.pop(old)

    def open(self, name):
        return self._names.get(name)


def count_of(value, what):
    """10 means -n 10 (the last ten); "+10" means -n +10 (from the tenth on)."""
    text = str(value)
    # str.isdigit() would accept "²" and "٣"; GNU tail wants ASCII digits.
    if isinstance(value, int) and value >= 0:
        return value, False
    if isinstance(value, str) and re.fullmatch(r"\+[0-9]+", text):
        return int(text[1:]), True
    raise ValueError(f"invalid number of {what}: '{text}'")


def tail(data, lines=10, bytes_=None):
    if bytes_ is not None:
        n, from_start = count_of(bytes_, "bytes")
        if from_start:
            return data[max(n - 1, 0):]  # -c +0 is -c +1
        return data[len(data) - n:] if n < len(data) else data  # data[-0:] would be all of it
    n, from_start = count_of(lines, "lines")
    if from_start:
        start = 0
        for _ in range(n - 1):  # -n +0 is -n +1
            newline = data.find(b"\n", start)
            if newline < 0:
                return b""
            start = newline + 1
        return data[start:]
    # Search before the last byte: a final \n ends the last line, and any other last byte
    # belongs to a last line without a newline, which counts as a line too.
    end = len(data) - 1
    for _ in range(n):
        end = data.rfind(b"\n", 0, end)
        if end < 0:
            return data
    return data[end + 1:]


def cannot_open(name):
    return f"tail: cannot open '{name}' for reading: No such file or directory"


def tail_files(fs, names, **selection):
    out, err, first = [], [], True
    for name in names:
        f = fs.open(name)
        if f is None:
            err.append(cannot_open(name))
            continue
        if len(names) > 1:
            out.append(f"{'' if first else chr(10)}==> {name} <==\n".encode())
            first = False
        out.append(tail(f.read(0), **selection))
    return b"".join(out), err, 1 if err else 0


async def follow(fs, name, sleep, max_unchanged_stats=5, **selection):
    """tail --follow=name: poll, read what was appended, and reopen the name when it goes quiet."""
    f = fs.open(name)
    if f is None:
        yield "stderr", cannot_open(name)
        yield "stderr", "tail: no files remaining"
        return
    first = tail(f.read(0), **selection)
    if first:
        yield "stdout", first
    position, unchanged = f.size(), 0
    while True:
        size, read = f.size(), False
        if size == position:
            if unchanged < max_unchanged_stats:
                unchanged += 1
            else:
                unchanged = 0
                now = fs.open(name)
                if now is None:
                    yield "stderr", f"tail: {name}: No such file or directory"
                    yield "stderr", "tail: no files remaining"
                    return
                if now.number != f.number:
                    yield "stderr", f"tail: '{name}' has been replaced;  following new file"
                    f, position = now, 0
        else:
            unchanged = 0
            if size < position:
                yield "stderr", f"tail: {name}: file truncated"
                position = 0
            chunk = f.read(position)
            position += len(chunk)
            if chunk:
                yield "stdout", chunk
                read = True
        if not read:
            await sleep(1.0)


def show(data):
    """Print bytes as text; a character cut in half by -c shows as U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    else:
        lines[-1] += "⏎"  # mark a last line without a newline
    return [f"  {line}" for line in lines]


class Interrupted(Exception):
    """Ctrl-C, arriving while tail sleeps."""


async def main():
    fs = MemoryFS()
    fs.create("app.log", b"boot\nload model\nwarm up\nready\n")
    fs.create("menu.txt", "crème brûlée\nthé\n".encode())
    fs.create("gpu.log", b"gpu0 util 97%\ngpu1 util 12%")
    for args, selection in (
        ("-n 2 app.log", {"lines": 2}),
        ("-n +3 app.log", {"lines": "+3"}),
        ("-c 3 menu.txt", {"bytes_": 3}),
        ("-c 2 menu.txt", {"bytes_": 2}),
        ("-c +4 menu.txt", {"bytes_": "+4"}),
    ):
        print(f"$ tail {args}")
        for line in show(tail(fs.open(args.split()[-1]).read(0), **selection)):
            print(line)
    print(f"'thé' is {len('thé')} characters and {len('thé'.encode())} bytes")
    print("$ tail -n 1 app.log gpu.log missing.log")
    out, err, status = tail_files(fs, ["app.log", "gpu.log", "missing.log"], lines=1)
    for line in show(out) + [f"  (stderr) {e}" for e in err]:
        print(line)
    print(f"  exit status {status}")

    print("$ tail -n 1 --follow=name app.log")
    clock = 0

    def rotate():  # logrotate: move the log away, start a new one
        fs.rename("app.log", "app.log.1")
        fs.create("app.log")

    script = {
        1: lambda: fs.append("app.log", b"request 1 ok\n"),
        2: lambda: fs.append("app.log", b"request 2 ok\nrequest 3 "),
        3: lambda: fs.append("app.log", b"failed\n"),
        4: rotate,
        5: lambda: fs.append("app.log", b"request 4 ok\n"),
        12: lambda: fs.append("app.log", b"request 5 ok\n"),
        14: lambda: fs.truncate("app.log"),
        15: lambda: fs.append("app.log", b"fresh start\n"),
    }

    async def sleep(seconds):
        nonlocal clock
        clock += seconds
        if clock > 16:
            raise Interrupted
        if clock in script:
            script[clock]()

    try:
        async for stream, chunk in follow(fs, "app.log", sleep, lines=1):
            if stream == "stdout":
                for line in show(chunk):
                    print(f"  t={clock:g}s{line}")
            else:
                print(f"  t={clock:g}s (stderr) {chunk}")
    except Interrupted:
        print(f"  t={clock:g}s ^C")


asyncio.run(main())
