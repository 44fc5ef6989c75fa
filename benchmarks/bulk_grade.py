"""How fast does `mlptutor grade` go, and where does the time go?

    python benchmarks/bulk_grade.py [--submissions 1000] [--baseline 40] [--workers N]

Generates N submissions (each a complete set of exercise files: the correct
solutions, every other one carrying one catalogued mistake, as in
examples/make_class.py), then prints:

1. the bulk run (`grade_class` with the local pool, isolation as in
   production): submissions per second and peak memory of the coordinator and
   of the largest worker (target: >= 50 submissions/s on 2 cores);
2. the same jobs with a fresh interpreter per submission
   (Sandbox(fork_server=False)) on fewer submissions, and the ratio;
3. where one submission's time goes, in one process: the sandbox job
   (fork, imports, calls, decoding results), the trusted steps around it
   (planning, judging, naming mistakes), and the coordinator's own work
   (feedback files and one gradebook commit).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

from make_class import course_files, edited, mistake_edits  # noqa: E402

from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.bulk.gradebook import Gradebook  # noqa: E402
from mlptutor.grader.bulk.outputs import OutputFolder  # noqa: E402
from mlptutor.grader.bulk.pool import LocalPool  # noqa: E402
from mlptutor.grader.bulk.run import grade_class  # noqa: E402


def make_submissions(folder: Path, count: int) -> None:
    files, _ = course_files()
    variants = [files] + [edited(files, exercise, edit.old, edit.new)
                           for exercise, edit in mistake_edits().values() if exercise in files]
    for i in range(count):
        student = folder / f"s{i:04d}"
        student.mkdir(parents=True)
        chosen = variants[0] if i % 2 == 0 else variants[1 + (i // 2) % (len(variants) - 1)]
        for name, source in chosen.items():
            (student / f"{name}.py").write_text(source)


def timed_run(folder: Path, out: Path, engine: Engine, workers: int) -> float:
    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        summary = grade_class(folder, out, engine, LocalPool(engine, workers), progress=quiet)
    seconds = time.perf_counter() - start
    if summary.failed or summary.graded != summary.found:
        print(f"  warning: {summary.line()}")
    return seconds


def breakdown(folder: Path, out: Path, count: int) -> None:
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
    print(f"   grading          {1000 * total / n:7.1f} ms  (one core: at most {n / total:.1f} submissions/s)")
    print(f"     sandbox job    {1000 * sandbox_seconds / n:7.1f} ms  (fork, import the student's files, run the calls, decode results)")
    print(f"     trusted steps  {1000 * (total - sandbox_seconds) / n:7.1f} ms  (plan hidden inputs, judge, name mistakes)")
    print(f"   coordinator      {1000 * coordinator / n:7.1f} ms  (Markdown + HTML + results.json, one gradebook commit)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=40, help="submissions for the fresh-interpreter baseline and the breakdown (0: skip both)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mlptutor-bench-") as tmp:
        tmp = Path(tmp)
        make_submissions(tmp / "class", args.submissions)

        seconds = timed_run(tmp / "class", tmp / "out", Engine(), args.workers)
        rate = args.submissions / seconds
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"1. bulk run: {args.submissions} submissions, {args.workers} workers: {seconds:.1f} s, "
              f"{rate:.1f} submissions/s (target 50); peak memory: coordinator {own:.0f} MiB, largest worker {worker:.0f} MiB")

        if args.baseline <= 0:
            return
        make_submissions(tmp / "small", args.baseline)
        base = timed_run(tmp / "small", tmp / "out-fresh", Engine(fork_server=False), args.workers)
        base_rate = args.baseline / base
        print(f"2. fresh interpreter per submission: {args.baseline} submissions: {base:.1f} s, "
              f"{base_rate:.1f} submissions/s; the fork server is {rate / base_rate:.1f}x faster")

        breakdown(tmp / "small", tmp / "out-breakdown", args.baseline)


if __name__ == "__main__":
    main()
