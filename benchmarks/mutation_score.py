"""Mutation score of the grader: do wrong versions of the reference functions lose points, with a reason?

    python benchmarks/mutation_score.py [--exercises softmax,losses] [--limit N] [--workers 2] [--json OUT]
    python benchmarks/mutation_score.py --show softmax.softmax#15      # one mutant: code, verdict, grade

Generates mutants of every graded reference function (grader/mutation/),
drops those equivalent to the reference on a large random and adversarial
input set, grades the rest as student submissions and prints: mutants
generated, non-equivalent, full-marks survivors (each with the input that
tells it apart from the reference), the mean score fraction of the mutated
functions, the share explained (a failing row names a catalogued mistake or
a `relation:<kind>`), the per-exercise and per-operator figures and the
runtime of each phase. `--limit N` grades an evenly spread sample of N
non-equivalent mutants (the same sample every run;
`--offset 0.5` draws the picks half way between those). Targets (issue 9): at
least 1,000 non-equivalent mutants, 0 survivors, at least 70% explained.

The runtime is printed next to a baseline measured in the same run: grading
the correct solution of each selected exercise once, serially, per mutant.
"""

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlptutor.grader.mutation.equivalence import judge_all  # noqa: E402
from mlptutor.grader.mutation.mutants import all_mutants, solution, targets  # noqa: E402
from mlptutor.grader.mutation.score import grade_all, render, spread, summarise  # noqa: E402


def baseline_seconds(exercises: list[str]) -> float:
    """Seconds to grade each exercise's correct solution once (one serial sandbox): the unit of grading work."""
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox
    with Sandbox(level="auto") as sandbox:
        grader = Grader(sandbox)
        files = {e: solution(e) for e in {t.exercise for t in targets()}}
        grader.grade(files, student="warm-up", only=exercises[:1])
        start = time.perf_counter()
        for exercise in exercises:
            grader.grade(files, student="baseline", only=[exercise])
        return (time.perf_counter() - start) / len(exercises)


def show(mutant_id: str) -> int:
    """Print one mutant's code, what differential testing found and the grader's failing rows."""
    from mlptutor.grader.mutation.equivalence import compare_mutant
    from mlptutor.grader.mutation.score import grade_one
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox
    exercise = mutant_id.split(".")[0]
    try:
        mutant = next(m for m in all_mutants([exercise]) if m.id == mutant_id)
    except (ValueError, StopIteration):
        print(f"mutation_score: no mutant {mutant_id!r}; ids look like softmax.softmax#15", file=sys.stderr)
        return 2
    verdict = compare_mutant(mutant)
    print(f"{mutant.id} [{mutant.operator}] {mutant.description}\n\n{mutant.code}")
    print(f"verdict: {verdict.status}; {verdict.reason}; on {verdict.witness}")
    if verdict.different:
        with Sandbox(level="auto") as sandbox:
            graded = grade_one(mutant, verdict, Grader(sandbox))
        print(f"grade: {graded.points}/{graded.max_points}" + "".join(f"\n  {row}" for row in graded.failing))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercises", help="comma-separated exercise names (default: all)")
    parser.add_argument("--limit", type=int, help="grade at most this many non-equivalent mutants")
    parser.add_argument("--offset", type=float, default=0.0,
                        help="in [0, 1): shift the --limit sample by this fraction of its step (0.5: another sample)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--json", type=Path, help="also write the summary (with every graded mutant) here")
    parser.add_argument("--show", metavar="ID", help="print one mutant (e.g. softmax.softmax#15): its code, verdict and grade")
    args = parser.parse_args(argv)
    if args.show:
        return show(args.show)
    exercises = args.exercises.split(",") if args.exercises else None
    try:
        chosen = sorted({t.exercise for t in targets(exercises)})
    except ValueError as exc:
        print(f"mutation_score: {exc}", file=sys.stderr)
        return 2

    start = time.perf_counter()
    generated = all_mutants(chosen)
    t_generate = time.perf_counter() - start

    start = time.perf_counter()
    verdicts = judge_all(generated, args.workers)
    t_filter = time.perf_counter() - start

    different = [m for m in generated if verdicts[m.id].different]
    sample = spread(different, args.limit, args.offset)
    start = time.perf_counter()
    graded = grade_all([(m, verdicts[m.id]) for m in sample], args.workers)
    t_grade = time.perf_counter() - start

    summary = summarise(generated, verdicts, graded)
    base = baseline_seconds(chosen)
    summary["seconds"] = {"generate": round(t_generate, 2), "filter": round(t_filter, 2), "grade": round(t_grade, 2),
                          "baseline_grade_one_exercise": round(base, 4), "workers": args.workers}
    print(render(summary))
    per_mutant = t_grade / max(1, len(graded))
    print(f"\nruntime: generate {t_generate:.1f} s, equivalence filter {t_filter:.1f} s, grading {t_grade:.1f} s "
          f"({len(graded)} mutants, {args.workers} workers: {1000 * per_mutant:.1f} ms each, "
          f"{per_mutant / base:.2f}x the {1000 * base:.1f} ms of grading one correct exercise serially)")
    if args.json:
        summary["graded"] = [g.__dict__ for g in graded]
        args.json.write_text(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
