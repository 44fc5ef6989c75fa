"""What explaining failures costs: grading with the relation finder and counterexamples, against the
catalogue-only naming of before, on the same submissions in the same run.

    python benchmarks/explain_cost.py [--rounds 3]

Submissions: the correct course files and one variant per mistake student of the example class (examples/make_class.py)
(every other one fails somewhere), graded in one process with one sandbox, the two step lists
alternating round by round. Prints seconds per submission for each and their ratio, and how many
sandbox jobs the counterexamples added.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

from make_class import course_files, edited, mistake_edits  # noqa: E402

import mlptutor.grader.pipeline as pipeline  # noqa: E402
from mlptutor.grader.mistakes import reproduces  # noqa: E402
from mlptutor.grader.sandbox import Sandbox  # noqa: E402


def catalogue_only(job, grader) -> None:
    """The naming step as it was: the first catalogued mistake whose variant reproduces the evidence."""
    for p in job.planned:
        if not p.verdict.passed and p.function.mistakes:
            p.mistake = next((m for m in p.function.mistakes if reproduces(m, p.verdict.evidence)), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files, _ = course_files()
    submissions = [files] + [edited(files, exercise, edit.old, edit.new)
                              for exercise, edit in mistake_edits().values() if exercise in files]
    old_steps = tuple(catalogue_only if s is pipeline.name_mistakes else s for s in pipeline.STEPS)
    seconds = {"before": 0.0, "now": 0.0}
    with Sandbox(level="auto") as sandbox:
        graders = {"before": pipeline.Grader(sandbox, steps=old_steps), "now": pipeline.Grader(sandbox)}
        jobs = {"count": 0}
        run = sandbox.run

        def counted(*a, **k):
            jobs["count"] += 1
            return run(*a, **k)
        sandbox.run = counted
        graders["now"].grade(files, student="warm-up")
        for r in range(args.rounds):
            for name in (("before", "now") if r % 2 == 0 else ("now", "before")):
                start, before = time.perf_counter(), jobs["count"]
                for i, sources in enumerate(submissions):
                    graders[name].grade(sources, student=f"s{i}")
                seconds[name] += time.perf_counter() - start
                if name == "now":
                    extra = jobs["count"] - before - len(submissions)
    n = len(submissions) * args.rounds
    print(f"{len(submissions)} submissions x {args.rounds} rounds")
    print(f"catalogue only        {1000 * seconds['before'] / n:7.1f} ms per submission")
    print(f"relations + examples  {1000 * seconds['now'] / n:7.1f} ms per submission"
          f"  ({seconds['now'] / seconds['before']:.2f}x; {extra} counterexample jobs per round)")


if __name__ == "__main__":
    main()
