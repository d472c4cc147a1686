#!/usr/bin/env python3
"""The figures BENCHMARKS.md takes with ../shared/harness, without it (Python 3, standard
library only, Linux). Each runs the program in a pseudo-terminal of its own, as a person's
terminal would, and measures it from outside:

  benches/outside.py ttff [--runs 40] --marker TEXT PROGRAM [ARGS...]
      time from spawn until TEXT is on screen (spaces ignored); median, fastest, slowest
  benches/outside.py rss [--keys "down down j ? esc k"] [--quit q] PROGRAM [ARGS...]
      peak resident memory of a short session: the keys, then the quit keys
  benches/outside.py idle [--secs 5] [--marker TEXT] PROGRAM [ARGS...]
      CPU time, context switches (wake-ups) and bytes written while nobody types
  benches/outside.py key [--size 250x70] [--runs 200] [--setup "x"] [--keys "j k"]
                     --marker TEXT PROGRAM [ARGS...]
      one key press to the last byte of the screen's answer, the keys taken in turn;
      median and 95th percentile
  benches/outside.py flood [--size 100x30] [--count 10000] --marker TEXT PROGRAM [ARGS...]
      the end-to-end test's key mash written at once: from its last byte written to the
      app's last byte drawn, and the CPU time it took

The same method as the harness's ttff.py, peak_rss.sh and idle_cpu.py: a 100x30 pty,
TERM=xterm-256color, answers to cursor-position and device-attribute queries.
"""
import argparse, fcntl, os, pty, re, select, signal, statistics, struct, sys, termios, time

KEYS = {"up": b"\x1b[A", "down": b"\x1b[B", "right": b"\x1b[C", "left": b"\x1b[D",
        "enter": b"\r", "esc": b"\x1b", "tab": b"\t"}
ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)")


def visible(data):
    return re.sub(r"\s+", "", ANSI.sub(b"", bytes(data)).decode("utf-8", "replace"))


def mash(count):
    """The key mash of dev/src/mash.rs, byte for byte (the same generator and seed)."""
    named = [b"\t", b"\r", b"\x7f", b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D", b"\x1b[H",
             b"\x1b[F", b"\x1b[5~", b"\x1b[6~", b"\x1b[Z", b"\x1bOA"]
    printable = [c for c in range(ord(" "), ord("~") + 1) if chr(c) not in "qQ/"]
    state, out = 0x5eed, bytearray()
    def next_():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return state >> 33
    for _ in range(count):
        if next_() % 4 == 0:
            out += named[next_() % len(named)]
        else:
            out.append(printable[next_() % len(printable)])
    return bytes(out)


class Session:
    def __init__(self, argv, cols=100, rows=30):
        self.t0 = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.environ["TERM"] = "xterm-256color"
            try:
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        os.set_blocking(self.fd, False)
        self.out = bytearray()

    def read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            chunk = os.read(self.fd, 65536)
        except (BlockingIOError, OSError):
            return b""
        if b"\x1b[6n" in chunk:
            os.write(self.fd, b"\x1b[1;1R")
        if re.search(rb"\x1b\[0?c", chunk):
            os.write(self.fd, b"\x1b[?62;22c")
        self.out += chunk
        return chunk

    def until(self, marker, timeout=10.0):
        want, end = re.sub(r"\s+", "", marker), time.perf_counter() + timeout
        while time.perf_counter() < end:
            if self.read(end - time.perf_counter()) and want in visible(self.out):
                return time.perf_counter() - self.t0
        raise TimeoutError(f"{marker!r} never appeared")

    def answer(self, data, quiet=0.05):
        """Writes `data`; seconds from the write to the last byte read before `quiet`
        seconds pass with nothing more (None if nothing came)."""
        start = time.perf_counter()
        os.write(self.fd, data)
        last = None
        while True:
            chunk = self.read(quiet)
            if not chunk:
                return None if last is None else last - start
            last = time.perf_counter()

    def drain(self, quiet, cap):
        end = time.perf_counter() + cap
        while time.perf_counter() < end and self.read(min(quiet, end - time.perf_counter())):
            pass

    def send(self, keys):
        for key in keys:
            os.write(self.fd, KEYS.get(key.lower(), key.encode()))
            self.drain(0.05, 0.3)

    def per_thread(self, file, pick):
        total = 0
        for tid in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{tid}/{file}") as f:
                    total += pick(f.read())
            except OSError:
                pass
        return total

    def cpu_ns(self):
        return self.per_thread("schedstat", lambda text: int(text.split()[0]))

    def wakeups(self):
        return self.per_thread("status", lambda text: sum(
            int(line.split()[1]) for line in text.splitlines() if "ctxt_switches" in line))

    def peak_kb(self):
        """The program's peak resident set so far (VmHWM: since it was exec'd, so the
        forked copy of Python that started it does not count)."""
        with open(f"/proc/{self.pid}/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))

    def quit(self, keys):
        self.send(keys)
        end = time.perf_counter() + 3
        while time.perf_counter() < end:
            self.read(0.02)
            if os.waitpid(self.pid, os.WNOHANG)[0]:
                os.close(self.fd)
                return
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("ttff", "rss", "idle", "key", "flood"):
        sys.exit(__doc__)
    what = sys.argv[1]
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--marker")
    ap.add_argument("--keys", default="down down j ? esc k")
    ap.add_argument("--quit", default="q")
    ap.add_argument("--secs", type=float, default=5.0)
    ap.add_argument("--size", default=None)
    ap.add_argument("--setup", default="")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args(sys.argv[2:])
    quit_keys = a.quit.split()
    cols, rows = map(int, (a.size or ("250x70" if what == "key" else "100x30")).split("x"))
    if what == "key":
        s = Session(a.argv, cols, rows)
        s.until(a.marker)
        s.drain(0.3, 2.0)
        s.send(a.setup.split())
        s.drain(0.3, 2.0)
        keys = (a.keys if a.keys != ap.get_default("keys") else "j k").split()
        times, silent = [], 0
        for i in range(a.runs):
            took = s.answer(KEYS.get(keys[i % len(keys)].lower(), keys[i % len(keys)].encode()))
            if took is None:
                silent += 1
            else:
                times.append(took * 1000)
        s.quit(quit_keys)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(f"one key at {cols}x{rows}: median {statistics.median(times):.3f} ms, "
              f"p95 {p95:.3f} ms, fastest {times[0]:.3f} ms ({len(times)} keys answered, "
              f"{silent} without an answer)")
        return
    if what == "flood":
        s = Session(a.argv, cols, rows)
        s.until(a.marker)
        s.drain(0.3, 2.0)
        data, cpu = mash(a.count), s.cpu_ns()
        written = 0
        while written < len(data):
            # Read what the app draws meanwhile, as a terminal does, so neither side waits
            # on the other.
            ready_r, ready_w, _ = select.select([s.fd], [s.fd], [], 1.0)
            if ready_r:
                s.read(0)
            if ready_w:
                try:
                    written += os.write(s.fd, data[written:written + 4096])
                except BlockingIOError:
                    pass
        end_write = last = time.perf_counter()
        # Settled: nothing drawn and no CPU used for 0.3 s (a backlog may be worked
        # through without drawing, so a quiet screen alone does not mean done).
        while True:
            before = s.cpu_ns()
            got = False
            quiet_end = time.perf_counter() + 0.3
            while time.perf_counter() < quiet_end:
                if s.read(quiet_end - time.perf_counter()):
                    got, last = True, time.perf_counter()
            if not got and s.cpu_ns() == before:
                break
        cpu = s.cpu_ns() - cpu
        s.quit(quit_keys)
        print(f"{a.count} keys ({len(data)} bytes) at {cols}x{rows}: settled "
              f"{(last - end_write) * 1000:.1f} ms after the last byte was written; "
              f"CPU {cpu / 1e6:.1f} ms in all")
        return
    if what == "ttff":
        times = []
        for _ in range(a.runs):
            s = Session(a.argv)
            times.append(s.until(a.marker) * 1000)
            s.drain(0.1, 0.3)
            s.quit(quit_keys)
        print(f"first frame: median {statistics.median(times):.2f} ms, "
              f"fastest {min(times):.2f} ms, slowest {max(times):.2f} ms ({a.runs} runs)")
    elif what == "rss":
        s = Session(a.argv)
        if a.marker:
            s.until(a.marker)
        s.drain(0.3, 2.0)
        s.send(a.keys.split())
        peak = s.peak_kb()
        s.quit(quit_keys)
        print(f"peak resident set: {peak} KB")
    else:
        s = Session(a.argv)
        if a.marker:
            s.until(a.marker)
        s.drain(0.3, 2.0)
        cpu, wakeups, written, t0 = s.cpu_ns(), s.wakeups(), len(s.out), time.perf_counter()
        while time.perf_counter() - t0 < a.secs:
            s.read(t0 + a.secs - time.perf_counter())
        cpu, wakeups = s.cpu_ns() - cpu, s.wakeups() - wakeups
        print(f"idle {a.secs:g} s: CPU {cpu / 1e6:.2f} ms, {wakeups} context switches, "
              f"{len(s.out) - written} bytes written")
        s.quit(quit_keys)


if __name__ == "__main__":
    sys.exit(main())
