"""What explaining failures costs: grading with the relation finder and counterexamples, against the
catalogue-only naming of before, on the same submissions in the same run.

    python benchmarks/explain_cost.py [--rounds 3]

Submissions: the correct course files and one variant per mistake student of the example class (examples/make_class.py)
(every other one fails somewhere), graded in one process with one sandbox, the two step lists
alternating round by round. Prints seconds per submission for each and their ratio, how many
sandbox jobs the counterexamples added, and the CPU time of the naming step itself (this process: the
relation finder's reruns of the reference) per submission, on average and for the costliest submission,
whose bound is the relation finder's counted budget (grader/relations/values.py `Budget`).
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


def timed(step, into: list):
    """step, adding the CPU time of each of its runs to `into` (one entry per submission graded)."""
    def run(job, grader) -> None:
        start = time.process_time()
        step(job, grader)
        into.append(time.process_time() - start)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files, _ = course_files()
    submissions = [files] + [edited(files, exercise, edit.old, edit.new)
                              for exercise, edit in mistake_edits().values() if exercise in files]
    naming: dict[str, list[float]] = {"before": [], "now": []}
    old_steps = tuple(timed(catalogue_only, naming["before"]) if s is pipeline.name_mistakes else s
                      for s in pipeline.STEPS)
    new_steps = tuple(timed(s, naming["now"]) if s is pipeline.name_mistakes else s for s in pipeline.STEPS)
    seconds = {"before": 0.0, "now": 0.0}
    with Sandbox(level="auto") as sandbox:
        graders = {"before": pipeline.Grader(sandbox, steps=old_steps),
                   "now": pipeline.Grader(sandbox, steps=new_steps)}
        jobs = {"count": 0}
        run = sandbox.run

        def counted(*a, **k):
            jobs["count"] += 1
            return run(*a, **k)
        sandbox.run = counted
        graders["now"].grade(files, student="warm-up")
        naming["now"].clear()
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
    for name, label in (("before", "catalogue only"), ("now", "relations + examples")):
        cpu = naming[name]
        print(f"naming CPU, {label:20s} {1000 * sum(cpu) / len(cpu):7.1f} ms per submission, "
              f"{1000 * max(cpu):7.1f} ms the costliest")


if __name__ == "__main__":
    main()
