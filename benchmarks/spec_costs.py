"""What each exercise spec costs to grade a correct solution: sandbox calls and milliseconds per pipeline step.

    python benchmarks/spec_costs.py [--repeat 10] [exercise ...]

Grades tests/solutions/<exercise>.py alone, with a warm sandbox, under a
new student name each time (so hidden inputs are drawn afresh), and prints
per exercise the calls planned and the median time of plan, run (the
sandbox job), judge and the whole grade; then the same for all the
exercises in one submission, the unit bulk grading pays for.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlptutor.grader import pipeline  # noqa: E402
from mlptutor.grader.sandbox import Call, Sandbox  # noqa: E402
from mlptutor.grader.specs import load_specs  # noqa: E402

SOLUTIONS = ROOT / "tests" / "solutions"
STEPS = ("plan", "run", "judge")


def profile(grader, sources, only, repeat):
    """(calls, {step: median ms}, median total ms) of grading `only` out of `sources`."""
    times = {step: [] for step in (*STEPS, "total")}
    calls = 0
    for i in range(repeat):
        job = pipeline.GradingJob(f"bench-{i}", dict(sources), only)
        total = time.perf_counter()
        for step in pipeline.STEPS:
            start = time.perf_counter()
            step(job, grader)
            if step.__name__ in times:
                times[step.__name__].append(time.perf_counter() - start)
        times["total"].append(time.perf_counter() - total)
        calls = len(pipeline.planned_calls(job.planned))  # as sent
    return calls, {k: statistics.median(v) * 1000 for k, v in times.items()}


def row(name, calls, ms):
    return f"{name:<16}{calls:>6}" + "".join(f"{ms[k]:>9.1f}" for k in (*STEPS, "total"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("exercises", nargs="*", help="default: every spec with a solution")
    args = parser.parse_args()
    names = args.exercises or [n for n in load_specs() if (SOLUTIONS / f"{n}.py").exists()]
    sources = {p.stem: p.read_text() for p in SOLUTIONS.glob("*.py")}
    with Sandbox() as sandbox:
        grader = pipeline.Grader(sandbox)
        grader.grade(sources)  # warm the zygote and numpy's caches
        print(f"isolation {sandbox.level}; median of {args.repeat} runs, milliseconds")
        print(f"{'exercise':<16}{'calls':>6}" + "".join(f"{k:>9}" for k in (*STEPS, "total")))
        for name in names:
            print(row(name, *profile(grader, sources, [name], args.repeat)))
        calls, ms = profile(grader, sources, names, args.repeat)
        print(row("all together", calls, ms))
        trivial = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            sandbox.run({"m": "def f():\n    return 1\n"}, [Call("c", "m", "f")])
            trivial.append(time.perf_counter() - start)
        base = statistics.median(trivial) * 1000
        print(f"baseline: a trivial job (one call) in the same sandbox, {base:.1f} ms; all together: run "
              f"{ms['run'] / base:.1f}x, total {ms['total'] / base:.1f}x the baseline")


if __name__ == "__main__":
    main()
