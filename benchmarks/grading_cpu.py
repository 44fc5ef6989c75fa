"""Where one submission's CPU goes, per process, next to a baseline measured in the same run.

    python benchmarks/grading_cpu.py [--submissions 40] [--rounds 2]

Bulk grading on 2 cores is CPU-bound, so its rate is bounded by 2 cores
divided by the CPU one submission costs in all processes together; wall
times (benchmarks/bulk_grade.py) hide the sandbox's share, which runs in
other processes, and swing with the machine's load. Grades submissions made
as benchmarks/bulk_grade.py makes them (half of them with one catalogued
mistake), in this process with one Sandbox, and reads the CPU of the
sandbox's processes from /proc: a zygote's cutime and cstime hold the CPU of
the job children it reaped. Two sets: complete submissions of the first
twelve exercises (the unit of issue 15's target) and of all of them.

The baseline is the CPU of `python -c 'import numpy'` (measured between the
rounds), so figures compare across machines as ratios; run this file from
two checkouts one after the other to compare them.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples"), str(ROOT / "benchmarks")]

from course_grade import TWELVE, make_submissions  # noqa: E402

from mlptutor.grader import pipeline  # noqa: E402
from mlptutor.grader.bulk.discovery import discover  # noqa: E402
from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.sandbox import Sandbox  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            for child in map(int, f.read().split()):
                found += [child, *descendants(child)]
    return found


def zygotes() -> list[int]:
    """The sandboxed interpreters below this process (a Grader has two: calls and symbolic formulas)."""
    found = []
    for pid in descendants(os.getpid()):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                program = f.read().split(b"\0")[0]
        except OSError:
            continue
        if b"python" in os.path.basename(program):
            found.append(pid)
    return found


def cpu(pids: list[int]) -> tuple[float, float, float, float]:
    """Seconds summed over `pids`: own user, own system, reaped children's user and system."""
    total = [0.0] * 4
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        for i, value in enumerate(fields[11:15]):
            total[i] += int(value) / TICK
    return tuple(total)


def import_numpy_cpu(repeat: int = 5) -> float:
    """Median CPU seconds of `python -c 'import numpy'` (user + system of the child)."""
    seconds = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", "import numpy"], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(seconds)


def measure(grader: pipeline.Grader, submissions: list) -> dict[str, float]:
    """CPU seconds per submission: the grading process per step, the job children, the zygotes."""
    steps = {step.__name__: 0.0 for step in pipeline.STEPS}
    pids = zygotes()
    before, start = cpu(pids), time.process_time()
    for s in submissions:
        job = pipeline.GradingJob(s.student, dict(s.modules))
        for step in pipeline.STEPS:
            began = time.process_time()
            step(job, grader)
            steps[step.__name__] += time.process_time() - began
    own = time.process_time() - start
    after = cpu(pids)
    n = len(submissions)
    figures = {name: seconds / n for name, seconds in steps.items()}
    figures["grading process"] = own / n
    figures["job children"] = (after[2] + after[3] - before[2] - before[3]) / n
    figures["zygotes"] = (after[0] + after[1] - before[0] - before[1]) / n
    figures["total"] = figures["grading process"] + figures["job children"] + figures["zygotes"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2, help="measurements of each set, interleaved with the baseline")
    args = parser.parse_args()
    count = len(Engine().exercises())
    sets = {"the first 12 exercises": lambda name: name in TWELVE, f"all {count} exercises": lambda name: True}
    results: dict[str, list[dict]] = {label: [] for label in sets}
    baselines = [import_numpy_cpu()]
    with tempfile.TemporaryDirectory(prefix="mlptutor-cpu-") as tmp, Sandbox() as sandbox:
        grader = pipeline.Grader(sandbox)
        folders = {}
        for i, (label, keep) in enumerate(sets.items()):
            folder = Path(tmp) / str(i)
            make_submissions(folder, args.submissions, keep)
            folders[label] = discover(folder, Engine().exercises()).submissions
            for s in folders[label][:2]:  # warm the zygotes, numpy and the caches
                grader.grade(s.modules, student="warm-" + s.student)
        for _ in range(args.rounds):
            for label, submissions in folders.items():
                results[label].append(measure(grader, submissions))
            baselines.append(import_numpy_cpu())
    base = statistics.median(baselines)
    print(f"CPU per submission, ms (median of {args.rounds} rounds of {args.submissions} submissions, isolation "
          f"{sandbox.level}); baseline: `python -c 'import numpy'` {1000 * base:.1f} ms CPU in the same run")
    for label, runs in results.items():
        figures = {k: statistics.median(run[k] for run in runs) for k in runs[0]}
        steps = ", ".join(f"{step.__name__} {1000 * figures[step.__name__]:.1f}" for step in pipeline.STEPS)
        line = (f"{label:<24} {1000 * figures['total']:6.1f} = {figures['total'] / base:.3f}x baseline: "
                f"grading process {1000 * figures['grading process']:.1f} ({steps}), "
                f"job children {1000 * figures['job children']:.1f}, zygotes {1000 * figures['zygotes']:.1f}")
        print(line + f"; at most {2 / figures['total']:.0f} submissions/s on 2 cores")
    twelve, whole = (statistics.median(run["total"] for run in runs) for runs in results.values())
    print(f"the {count - 12} later exercises add {1000 * (whole - twelve):.1f} ms = {(whole - twelve) / base:.3f}x baseline")


if __name__ == "__main__":
    main()
