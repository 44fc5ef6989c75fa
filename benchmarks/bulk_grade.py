"""How fast does `mlptutor grade` go, and where does the time go?

    python benchmarks/bulk_grade.py [--submissions 1000] [--baseline 40] [--workers N]
    python benchmarks/bulk_grade.py --against PATH [--submissions 200] [--rounds 2] [--workers N]
    --twelve: complete submissions of the first twelve exercises only (issue 15's unit), else of every exercise

Generates N submissions (each a complete set of exercise files: the correct
solutions, every other one carrying one catalogued mistake, as in
examples/make_class.py), measures the baseline of this run, a fork of this
process (numpy imported) and its exit, then prints:

1. the bulk run (`grade_class` with the local pool, isolation as in
   production): submissions per second, the cost of one submission in
   worker-milliseconds and as a multiple of the fork, and peak memory of
   the coordinator and of the largest worker;
2. the same jobs with a fresh interpreter per submission
   (Sandbox(fork_server=False)) on fewer submissions, and the ratio;
3. where one submission's time goes, in one process: the sandbox job
   (fork, imports, calls, decoding results), the trusted steps around it
   (planning, judging, naming mistakes), and the coordinator's own work
   (feedback files and one gradebook commit), each also in forks.

--against PATH: another checkout of mlptutor with its own .venv (e.g. a
`git worktree` of an older commit). Instead of the above, `mlptutor grade`
of both checkouts (each its own .venv's command, a fresh output folder each
time) grades the same class in alternation, `--rounds` times each; prints
the median submissions per second of before (PATH), after (this checkout)
and after / before, and the fork baseline.
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

import numpy as np  # noqa: F401  (the fork baseline is a fork of a process holding numpy, as a pool worker is)

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples"), str(ROOT / "benchmarks")]

import course_grade  # noqa: E402

from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.bulk.gradebook import Gradebook  # noqa: E402
from mlptutor.grader.bulk.outputs import OutputFolder  # noqa: E402
from mlptutor.grader.bulk.pool import LocalPool  # noqa: E402
from mlptutor.grader.bulk.run import grade_class  # noqa: E402


def make_submissions(folder: Path, count: int, twelve: bool = False) -> None:
    """`count` complete submissions (of the first twelve exercises only with `twelve`: issue 15's unit)."""
    course_grade.make_submissions(folder, count, (lambda name: name in course_grade.TWELVE) if twelve else (lambda name: True))


def fork_ms(count: int = 200) -> float:
    """The baseline: median milliseconds of os.fork() of this process, the child's _exit and the wait for it."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def timed_run(folder: Path, out: Path, engine: Engine, workers: int) -> float:
    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        summary = grade_class(folder, out, engine, LocalPool(engine, workers), progress=quiet)
    seconds = time.perf_counter() - start
    if summary.failed or summary.graded != summary.found:
        print(f"  warning: {summary.line()}")
    return seconds


def breakdown(folder: Path, out: Path, count: int, fork: float) -> None:
    """Per-submission time of the sandbox job, the trusted steps and the coordinator, in this process."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.sandbox import Sandbox

    engine = Engine()
    submissions = discover(folder, engine.exercises()).submissions[:count]
    with engine.open() as grade:
        grade("warm-up", submissions[0].modules)
        sandbox_seconds = 0.0
        original = Sandbox.run

        def counted(self, *args, **kwargs):  # times every sandbox job of this process
            nonlocal sandbox_seconds
            start = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                sandbox_seconds += time.perf_counter() - start

        Sandbox.run = counted
        try:
            start = time.perf_counter()
            reports = [grade(s.student, s.modules) for s in submissions]
            total = time.perf_counter() - start
        finally:
            Sandbox.run = original
    folder_out = OutputFolder(out)
    start = time.perf_counter()
    with Gradebook(folder_out.gradebook) as gradebook:
        for report in reports:
            folder_out.write_student(report)
            gradebook.record("breakdown", report)
    coordinator = time.perf_counter() - start
    n = len(reports)
    calls = sum(len(r.checks) for r in reports) / n
    print(f"3. one submission ({n} graded in one process, {calls:.0f} checks each):")
    for label, seconds, what in (
            ("grading", total, f"one core: at most {n / total:.1f} submissions/s"),
            ("  sandbox job", sandbox_seconds, "fork, import the student's files, run the calls, decode results"),
            ("  trusted steps", total - sandbox_seconds, "plan hidden inputs, judge, name mistakes"),
            ("coordinator", coordinator, "Markdown + HTML + results.json, one gradebook commit")):
        ms = 1000 * seconds / n
        print(f"   {label:16s} {ms:7.1f} ms = {ms / fork:5.1f} forks  ({what})")


def against(other: Path, count: int, rounds: int, workers: int, twelve: bool) -> None:
    """`mlptutor grade` of this checkout and of `other` on one class, alternating; before/after submissions/s."""
    trees = {"before": other.resolve(), "after": ROOT}
    for tree in trees.values():
        if not (tree / ".venv" / "bin" / "mlptutor").exists():
            sys.exit(f"bulk_grade: {tree}/.venv/bin/mlptutor is missing: make the checkout's venv first")
    fork = fork_ms()
    rates: dict[str, list[float]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory(prefix="mlptutor-bench-") as tmp:
        tmp = Path(tmp)
        make_submissions(tmp / "class", count, twelve)
        for round_ in range(rounds):
            for name in (list(trees) if round_ % 2 == 0 else list(trees)[::-1]):
                command = [str(trees[name] / ".venv" / "bin" / "mlptutor"), "grade", str(tmp / "class"),
                           "--out", str(tmp / f"out-{name}-{round_}"), "--workers", str(workers)]
                start = time.perf_counter()
                done = subprocess.run(command, capture_output=True, text=True)
                seconds = time.perf_counter() - start
                if done.returncode not in (0, 1):
                    print(f"  warning: {name} exited {done.returncode}: {done.stderr.strip()[-300:]}")
                rates[name].append(count / seconds)
    before, after = (statistics.median(rates[name]) for name in trees)
    what = "complete submissions of the first 12 exercises" if twelve else "complete submissions"
    print(f"mlptutor grade of {count} {what}, {workers} workers, median of {rounds} alternating runs each "
          f"(start-up included); baseline: a fork of a numpy process, {fork:.2f} ms")
    for name, rate in (("before", before), ("after", after)):
        per = 1000 * workers / rate
        print(f"  {name:6s} ({trees[name]}): {rate:.1f} submissions/s, {per:.0f} worker-ms = {per / fork:.0f} forks "
              "per submission")
    print(f"  after / before: {after / before:.2f}x the submissions per second")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=40, help="submissions for the fresh-interpreter baseline and the breakdown (0: skip both)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--rounds", type=int, default=2, help="with --against: runs of each checkout")
    parser.add_argument("--twelve", action="store_true", help="submissions of the first twelve exercises only")
    args = parser.parse_args()
    if args.against:
        return against(args.against, args.submissions, args.rounds, args.workers, args.twelve)
    fork = fork_ms()
    print(f"baseline: a fork of a numpy process and its exit, {fork:.2f} ms")
    with tempfile.TemporaryDirectory(prefix="mlptutor-bench-") as tmp:
        tmp = Path(tmp)
        make_submissions(tmp / "class", args.submissions, args.twelve)

        seconds = timed_run(tmp / "class", tmp / "out", Engine(), args.workers)
        rate = args.submissions / seconds
        per = 1000 * args.workers / rate
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"1. bulk run: {args.submissions} submissions, {args.workers} workers: {seconds:.1f} s, "
              f"{rate:.1f} submissions/s, {per:.0f} worker-ms = {per / fork:.0f} forks per submission; "
              f"peak memory: coordinator {own:.0f} MiB, largest worker {worker:.0f} MiB")

        if args.baseline <= 0:
            return
        make_submissions(tmp / "small", args.baseline, args.twelve)
        base = timed_run(tmp / "small", tmp / "out-fresh", Engine(fork_server=False), args.workers)
        base_rate = args.baseline / base
        print(f"2. fresh interpreter per submission: {args.baseline} submissions: {base:.1f} s, "
              f"{base_rate:.1f} submissions/s; the fork server is {rate / base_rate:.1f}x faster")

        breakdown(tmp / "small", tmp / "out-breakdown", args.baseline, fork)


if __name__ == "__main__":
    main()
