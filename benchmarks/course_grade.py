"""Bulk grading of the whole course: complete submissions of every exercise, the capstone included.

    python benchmarks/course_grade.py [--submissions 200] [--workers N]

Generates submissions as examples/make_class.py does (correct solutions,
every other one carrying one catalogued mistake of the example class) and
grades, in the same run and with the same pool:

1. complete submissions of all the exercises (the capstone `train` included);
2. the same students' files of the first twelve exercises only, the unit
   benchmarks/bulk_grade.py used to measure: the ratio of the two rates says
   what the rest of the course costs;
3. the capstone alone (train.py only), whose per-student time is its
   budget's measure: four training runs on the digits in the sandbox, plus
   judging (accuracy on the validation and test sets, the early-stopping
   rule, reproducibility).

Figures are wall-clock on a shared machine: compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

from make_class import course_files, edited, mistake_edits  # noqa: E402

from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.bulk.pool import LocalPool  # noqa: E402
from mlptutor.grader.bulk.run import grade_class  # noqa: E402

TWELVE = ("activations", "layers", "mlp", "backprop", "losses", "softmax", "derivatives", "init", "regularization",
          "clipping", "optim", "early_stopping")


def make_submissions(folder: Path, count: int, keep) -> None:
    """`count` student folders holding the files whose exercise name `keep` accepts."""
    files, _ = course_files()
    variants = [files] + [edited(files, exercise, edit.old, edit.new)
                           for exercise, edit in mistake_edits().values() if exercise in files]
    for i in range(count):
        student = folder / f"s{i:04d}"
        student.mkdir(parents=True)
        chosen = variants[0] if i % 2 == 0 else variants[1 + (i // 2) % (len(variants) - 1)]
        for name, source in chosen.items():
            if keep(name):
                (student / f"{name}.py").write_text(source)


def rate(folder: Path, out: Path, engine: Engine, workers: int, count: int) -> tuple[float, float]:
    """(seconds, submissions per second) of grading the class in `folder`."""
    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        summary = grade_class(folder, out, engine, LocalPool(engine, workers), progress=quiet)
    seconds = time.perf_counter() - start
    if summary.failed or summary.graded != summary.found:
        print(f"  warning: {summary.line()}")
    return seconds, count / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    n, engine = args.submissions, Engine()
    exercises = len(engine.exercises())
    with tempfile.TemporaryDirectory(prefix="mlptutor-course-bench-") as tmp:
        tmp = Path(tmp)
        make_submissions(tmp / "course", n, lambda name: True)
        make_submissions(tmp / "twelve", n, lambda name: name in TWELVE)
        make_submissions(tmp / "capstone", n, lambda name: name == "train")
        # warm the workers' caches (the digits, the XOR pool) out of the timed runs
        make_submissions(tmp / "warm", 2 * args.workers, lambda name: True)
        rate(tmp / "warm", tmp / "out-warm", engine, args.workers, 2 * args.workers)

        course_s, course_rate = rate(tmp / "course", tmp / "out-course", engine, args.workers, n)
        twelve_s, twelve_rate = rate(tmp / "twelve", tmp / "out-twelve", engine, args.workers, n)
        capstone_s, capstone_rate = rate(tmp / "capstone", tmp / "out-capstone", engine, args.workers, n)
    per_student = 1000 * capstone_s * args.workers / n
    print(f"{n} submissions per run, {args.workers} workers")
    print(f"1. all {exercises} exercises:     {course_s:6.1f} s  {course_rate:6.1f} submissions/s")
    print(f"2. the first 12 exercises: {twelve_s:6.1f} s  {twelve_rate:6.1f} submissions/s  "
          f"(the whole course costs {twelve_rate / course_rate:.1f}x as much)")
    print(f"3. the capstone alone:     {capstone_s:6.1f} s  {capstone_rate:6.1f} submissions/s, "
          f"{per_student:.0f} ms of a worker per student ({capstone_s / course_s:.0%} of the whole course's time)")


if __name__ == "__main__":
    main()
