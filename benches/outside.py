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

The same method as the harness's ttff.py, peak_rss.sh and idle_cpu.py: a 100x30 pty,
TERM=xterm-256color, answers to cursor-position and device-attribute queries.
"""
import argparse, fcntl, os, pty, re, select, signal, statistics, struct, sys, termios, time

KEYS = {"up": b"\x1b[A", "down": b"\x1b[B", "right": b"\x1b[C", "left": b"\x1b[D",
        "enter": b"\r", "esc": b"\x1b", "tab": b"\t"}
ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)")


def visible(data):
    return re.sub(r"\s+", "", ANSI.sub(b"", bytes(data)).decode("utf-8", "replace"))


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
    if len(sys.argv) < 2 or sys.argv[1] not in ("ttff", "rss", "idle"):
        sys.exit(__doc__)
    what = sys.argv[1]
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--marker")
    ap.add_argument("--keys", default="down down j ? esc k")
    ap.add_argument("--quit", default="q")
    ap.add_argument("--secs", type=float, default=5.0)
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args(sys.argv[2:])
    quit_keys = a.quit.split()
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
