"""Does grading a class of hostile submissions stay bounded in memory? Peak RSS of every grader process and the
host's shared memory while `mlptutor grade` runs, next to a class of correct submissions of the same size.

    python benchmarks/hostile_load.py [--students 12] [--workers 2] [--kinds big-results,fork-bomb,...]

Two classes of the same size are graded one after the other by the real
command (a subprocess, local pool, bubblewrap): correct submissions (the
baseline), then hostile ones, each a correct submission whose softmax.py
wraps every function in one attack, cycling through the kinds below. While
each runs, every 20 ms: the high-water RSS (VmHWM) of the coordinator and of
each pool worker (the grader processes: trusted, they hold the results), the
RSS of everything sandboxed (zygotes and jobs), and the host's shared memory
(Shmem of /proc/meminfo: tmpfs and SysV segments, wherever they are), /dev/shm
use and used memory (MemTotal - MemAvailable, as `free` shows it), each as
the growth over its value before the run. Prints both runs side by side with
ratios; the machine is shared, so host-wide figures also move with others' work.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORRECT = ROOT / "examples" / "class" / "correct-ada"
MiB = 1 << 20

# one attack per kind, run before (or instead of) every call of softmax.py's functions
ATTACKS = {
    "big-results": "return __import__('numpy').ones(25_000_000)  # 200 MB from every call",
    "tmp-filler": ("for i in range(600):\n"
                   "    try:\n"
                   "        with open(f'fill{i}', 'wb') as f:\n"
                   "            f.write(b'x' * (1 << 20))\n"
                   "    except OSError:\n"
                   "        break"),
    "shm-writer": ("import ctypes\n"
                   "libc = ctypes.CDLL(None)\n"
                   "for _ in range(16):\n"
                   "    libc.shmget(0, 64 << 20, 0o1600)  # 64 MiB segments, never attached\n"
                   "try:\n"
                   "    with open('/dev/shm/fill', 'wb') as f:\n"
                   "        f.write(b'x' * (64 << 20))\n"
                   "except OSError:\n"
                   "    pass"),
    "fork-bomb": ("import os, time\n"
                  "for _ in range(200):\n"
                  "    try:\n"
                  "        if os.fork() == 0:\n"
                  "            time.sleep(60)\n"
                  "            os._exit(0)\n"
                  "    except OSError:\n"
                  "        break"),
    "memory-hog": ("blocks = []\n"
                   "try:\n"
                   "    while True:\n"
                   "        blocks.append(bytearray(64 << 20))\n"
                   "except MemoryError:\n"
                   "    del blocks"),
    "printer": "print('x' * (8 << 20))",
}
WRAP = """

import functools as _functools


def _attack(function):
    @_functools.wraps(function)
    def attacked(*args, **kwargs):
{body}
        return function(*args, **kwargs)
    return attacked


for _name in [n for n, v in list(globals().items()) if callable(v) and getattr(v, "__module__", "") == __name__
              and not n.startswith("_")]:
    globals()[_name] = _attack(globals()[_name])
"""


def make_class(folder: Path, students: int, kinds: list[str] | None) -> None:
    """`students` correct submissions, or (with `kinds`) hostile ones cycling through the kinds."""
    hostile = kinds is not None
    for i in range(students):
        student = folder / (f"{kinds[i % len(kinds)]}-{i:02d}" if hostile else f"correct-{i:02d}")
        shutil.copytree(CORRECT, student)
        if hostile:
            body = "\n".join("        " + line for line in ATTACKS[kinds[i % len(kinds)]].splitlines())
            softmax = student / "softmax.py"
            softmax.write_text(softmax.read_text() + WRAP.format(body=body))


def meminfo() -> dict:
    with open("/proc/meminfo") as f:
        return {line.split(":")[0]: int(line.split()[1]) << 10 for line in f}


def shm_used() -> int:
    stat = os.statvfs("/dev/shm")
    return (stat.f_blocks - stat.f_bfree) * stat.f_frsize


def host() -> dict:
    info = meminfo()
    return {"shmem": info["Shmem"], "dev_shm": shm_used(), "used": info["MemTotal"] - info["MemAvailable"]}


def status(pid: int) -> dict:
    with open(f"/proc/{pid}/status") as f:
        return {line.split(":")[0]: line.split(":", 1)[1].strip() for line in f}


def descendants(root: int) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    children = [int(c) for c in f.read().split()]
            except OSError:
                continue
            found += children
            todo += children
    return found


def sandboxed(pid: int) -> bool:
    """A zygote or job (the interpreter started with -S by the sandbox, or forked from it), or bwrap itself."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().split(b"\0")
    except OSError:
        return True
    return b"-S" in argv[1:3] or os.path.basename(argv[0]) == b"bwrap"


class Monitor(threading.Thread):
    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root = root
        self.stop = threading.Event()
        self.start_host = host()
        self.peaks = {"coordinator": 0, "worker": 0, "sandboxed": 0, "shmem": 0, "dev_shm": 0, "used": 0}
        self.workers = set()

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.sample()

    def sample(self) -> None:
        peaks = self.peaks
        try:
            peaks["coordinator"] = max(peaks["coordinator"], kib(status(self.root).get("VmHWM", "0 kB")))
        except OSError:
            return  # ended
        total_sandboxed = 0
        for pid in descendants(self.root):
            try:
                fields = status(pid)
            except OSError:
                continue
            if sandboxed(pid):
                total_sandboxed += kib(fields.get("VmRSS", "0 kB"))
            else:
                self.workers.add(pid)
                peaks["worker"] = max(peaks["worker"], kib(fields.get("VmHWM", "0 kB")))
        peaks["sandboxed"] = max(peaks["sandboxed"], total_sandboxed)
        now = host()
        for key in ("shmem", "dev_shm", "used"):
            peaks[key] = max(peaks[key], now[key] - self.start_host[key])


def kib(text: str) -> int:
    return int(text.split()[0]) << 10


def grade(folder: Path, out: Path, workers: int) -> tuple[dict, float, int, str]:
    command = [sys.executable, "-c", "from mlptutor.cli import cli; cli()", "grade", str(folder), "--out", str(out),
               "--workers", str(workers)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    monitor = Monitor(process.pid)
    monitor.start()
    output, _ = process.communicate()
    monitor.stop.set()
    monitor.join()
    seconds = time.perf_counter() - start
    rows = max(0, len((out / "grades.csv").read_text().splitlines()) - 1) if (out / "grades.csv").exists() else 0
    summary = next((line for line in output.splitlines() if "submissions" in line), output.strip()[-200:])
    return monitor.peaks, seconds, rows, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=12)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kinds", default=",".join(ATTACKS), help="the attacks of the hostile class, comma-separated")
    options = parser.parse_args()
    kinds = options.kinds.split(",")
    unknown = set(kinds) - set(ATTACKS)
    if unknown:
        parser.error(f"unknown kinds {', '.join(sorted(unknown))}; pick from {', '.join(ATTACKS)}")
    with tempfile.TemporaryDirectory(prefix="mlptutor-hostile-") as tmp:
        results = {}
        for name, chosen in (("correct", None), ("hostile", kinds)):
            folder = Path(tmp) / name
            make_class(folder, options.students, chosen)
            results[name] = grade(folder, Path(tmp) / f"out-{name}", options.workers)
            peaks, seconds, rows, summary = results[name]
            print(f"{name}: {summary} ({seconds:.1f} s, {rows} rows in grades.csv)")
    print(f"\n{options.students} submissions per class, {options.workers} workers; "
          f"kinds: {', '.join(kinds)}")
    print(f"{'peak (MiB)':<44}{'correct':>10}{'hostile':>10}{'ratio':>8}")
    labels = {"coordinator": "coordinator RSS (VmHWM)", "worker": "largest pool worker RSS (VmHWM)",
              "sandboxed": "sandboxed processes, RSS together",
              "shmem": "host Shmem growth (/proc/meminfo)", "dev_shm": "host /dev/shm growth",
              "used": "host used memory growth (free)"}
    for key, label in labels.items():
        a, b = results["correct"][0][key] / MiB, results["hostile"][0][key] / MiB
        ratio = f"{b / a:.2f}" if a >= 1 else "-"
        print(f"{label:<44}{a:>10.1f}{b:>10.1f}{ratio:>8}")
    a, b = results["correct"][1], results["hostile"][1]
    print(f"{'wall seconds':<44}{a:>10.1f}{b:>10.1f}{b / a:>8.2f}")


if __name__ == "__main__":
    main()
