"""What a function that loops forever costs a submission, and that a slow but correct one keeps its points.

    python benchmarks/timeout_cost.py [--rounds 3] [--against PATH]

Grades, in one process with one warm sandbox and alternating round by round,
three complete submissions of every exercise (tests/solutions): the correct
one (the baseline of this run), the same with softmax.softmax looping
forever, and the same with softmax.softmax correct but about 20x slower
than the reference (the work done twenty times over, as Python loops are).
Prints the median wall and CPU seconds (this process and the sandbox's,
read from /proc) of each, what the looping function adds to a submission
(target: at most 0.5 s), and the slow one's score.

--against PATH: the same script run by another checkout's .venv python (its
own mlptutor; e.g. a `git worktree` of an older commit), one after the
other; prints before, after and after / before of the added cost.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SOLUTIONS = Path(__file__).resolve().parent.parent / "tests" / "solutions"
LOOPING = "\n\ndef softmax(z):\n    while True:\n        pass\n"
SLOW = '''

_correct_softmax = softmax


def softmax(z):
    for _ in range(19):  # the same work twenty times over: a correct function 20x slower than the reference
        _correct_softmax(z)
    return _correct_softmax(z)
'''


def sandbox_cpu() -> float:
    """CPU seconds of every process below this one (zygotes, their jobs, reaped or running), from /proc."""
    parents, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            cpu[int(entry)] = sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    total, todo = 0, [pid for pid, parent in parents.items() if parent == os.getpid()]
    while todo:
        pid = todo.pop()
        total += cpu[pid]
        todo += [child for child, parent in parents.items() if parent == pid]
    return total / os.sysconf("SC_CLK_TCK")


def measure(rounds: int) -> dict:
    """{variant: [median wall s, median CPU s, score, max score]} for the three submissions."""
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    correct = {p.stem: p.read_text() for p in SOLUTIONS.glob("*.py")}
    variants = {"correct": correct, "looping": {**correct, "softmax": correct["softmax"] + LOOPING},
                "20x slower": {**correct, "softmax": correct["softmax"] + SLOW}}
    times = {name: ([], []) for name in variants}
    scores = {}
    with Sandbox() as sandbox:
        grader = Grader(sandbox)
        grader.grade(correct, student="warm-up")
        for round_ in range(rounds):
            for name, sources in (variants.items() if round_ % 2 == 0 else reversed(variants.items())):
                wall, cpu = time.perf_counter(), time.process_time() + sandbox_cpu()
                report = grader.grade(sources, student=f"s{round_}")
                times[name][0].append(time.perf_counter() - wall)
                times[name][1].append(time.process_time() + sandbox_cpu() - cpu)
                scores[name] = (report.score, report.max_score)
    return {name: [statistics.median(w), statistics.median(c), *scores[name]] for name, (w, c) in times.items()}


def show(figures: dict, label: str) -> float:
    base_wall, base_cpu = figures["correct"][:2]
    print(f"{label}: the correct submission (baseline) {base_wall:.2f} s wall, {base_cpu:.2f} s CPU")
    for name in ("looping", "20x slower"):
        wall, cpu, score, top = figures[name]
        print(f"  softmax {name:10s}: {wall:.2f} s wall ({wall / base_wall:.2f}x), {cpu:.2f} s CPU; adds "
              f"{wall - base_wall:.2f} s wall, {cpu - base_cpu:.2f} s CPU; score {score:g}/{top:g}")
    return figures["looping"][0] - base_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # how --against runs the other one
    args = parser.parse_args()
    if args.json:
        return print(json.dumps(measure(args.rounds)))
    before = None
    if args.against:
        python = args.against.resolve() / ".venv" / "bin" / "python"
        done = subprocess.run([str(python), __file__, "--json", "--rounds", str(args.rounds)],
                              capture_output=True, text=True, check=True)
        before = show(json.loads(done.stdout.splitlines()[-1]), f"before ({args.against})")
    after = show(measure(args.rounds), "after")
    print(f"a function that loops forever adds {after:.2f} s to a submission (target: at most 0.5 s)"
          + (f"; before {before:.2f} s, after / before {after / before:.2f}" if before else ""))


if __name__ == "__main__":
    sys.exit(main())
