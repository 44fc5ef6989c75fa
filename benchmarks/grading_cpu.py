"""Where one submission's CPU goes, per process: the grading process (per pipeline step), the sandbox's job children, the zygote.

    python benchmarks/grading_cpu.py [--submissions 60]

Bulk grading on 2 cores is CPU-bound, so its rate is bounded by 2 cores
divided by the CPU one submission costs in all processes together; wall
times (benchmarks/bulk_grade.py) hide the sandbox's share, which runs in
other processes. Grades the submissions of benchmarks/bulk_grade.py (half of
them with one catalogued mistake) in this process with one Sandbox, and
reads the CPU of the sandbox's processes from /proc: a zygote's cutime and
cstime hold the CPU of the job children it reaped.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples"), str(ROOT / "benchmarks")]

from bulk_grade import make_submissions  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mlptutor-cpu-") as tmp:
        make_submissions(Path(tmp), args.submissions)
        submissions = discover(Path(tmp), Engine().exercises()).submissions
    with Sandbox() as sandbox:
        grader = pipeline.Grader(sandbox)
        for s in submissions[:3]:  # warm the zygotes, numpy and the caches
            grader.grade(s.modules, student="warm-" + s.student)
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
    zygote, user, system = (after[0] + after[1] - before[0] - before[1]), after[2] - before[2], after[3] - before[3]
    total = own + zygote + user + system
    print(f"CPU per submission ({n} submissions, isolation {sandbox.level}), ms:")
    print(f"  grading process {1000 * own / n:6.1f}  (" + ", ".join(f"{k} {1000 * v / n:.1f}" for k, v in steps.items()) + ")")
    print(f"  job children    {1000 * (user + system) / n:6.1f}  (user {1000 * user / n:.1f}, system {1000 * system / n:.1f})")
    print(f"  zygotes         {1000 * zygote / n:6.1f}  (forking and reaping jobs)")
    print(f"  total           {1000 * total / n:6.1f}  -> at most {2 * n / total:.0f} submissions/s on 2 cores, "
          "before the coordinator's share")


if __name__ == "__main__":
    main()
