"""What each exercise spec costs to grade a correct solution: sandbox calls and milliseconds per pipeline step.

    python benchmarks/spec_costs.py [--repeat 10] [exercise ...]

Grades tests/solutions/<exercise>.py alone, with a warm sandbox, under a
new student name each time (so hidden inputs are drawn afresh), and prints
per exercise the calls planned and the median wall time of plan, run (the
sandbox job), judge and the whole grade, then the median CPU time of the
same steps in the grading process and the mean CPU time of the job's
children (read from /proc as benchmarks/grading_cpu.py reads them, in clock
ticks: hence a mean over the runs); on a shared machine the wall times
follow the load, the CPU times much less. Then the same for all the
exercises in one submission, the unit bulk grading pays for.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from grading_cpu import TICK, cpu, zygotes  # noqa: E402

from mlptutor.grader import pipeline  # noqa: E402
from mlptutor.grader.sandbox import Call, Sandbox  # noqa: E402
from mlptutor.grader.specs import load_specs  # noqa: E402

SOLUTIONS = ROOT / "tests" / "solutions"
STEPS = ("plan", "run", "judge")
CPU = ("plan", "run", "judge", "total")  # the grading process's steps; then the job's children


def profile(grader, sources, only, repeat):
    """(calls, {step: median wall ms}, {step: median CPU ms, "children": mean CPU ms}) of grading `only`."""
    wall = {step: [] for step in (*STEPS, "total")}
    spent = {step: [] for step in CPU}
    calls = 0
    pids = zygotes()
    reaped = sum(cpu(pids)[2:])  # the zygotes' reaped children: the jobs
    for i in range(repeat):
        job = pipeline.GradingJob(f"bench-{i}", dict(sources), only)
        total, total_cpu = time.perf_counter(), time.process_time()
        for step in pipeline.STEPS:
            start, start_cpu = time.perf_counter(), time.process_time()
            step(job, grader)
            if step.__name__ in wall:
                wall[step.__name__].append(time.perf_counter() - start)
                spent[step.__name__].append(time.process_time() - start_cpu)
        wall["total"].append(time.perf_counter() - total)
        spent["total"].append(time.process_time() - total_cpu)
        calls = len(pipeline.planned_calls(job.planned))  # as sent
    spent = {k: statistics.median(v) * 1000 for k, v in spent.items()}
    spent["children"] = (sum(cpu(pids)[2:]) - reaped) / repeat * 1000
    return calls, {k: statistics.median(v) * 1000 for k, v in wall.items()}, spent


def row(name, calls, wall, spent):
    return (f"{name:<16}{calls:>6}" + "".join(f"{wall[k]:>9.1f}" for k in (*STEPS, "total")) + "  |"
            + "".join(f"{spent[k]:>9.1f}" for k in (*CPU, "children")))


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
        print(f"isolation {sandbox.level}; median of {args.repeat} runs, milliseconds: wall clock, then CPU "
              f"(the grading process's steps, median; the job's children, mean: a tick is {1000 / TICK:g} ms)")
        print(f"{'exercise':<16}{'calls':>6}" + "".join(f"{k:>9}" for k in (*STEPS, "total")) + "  |"
              + "".join(f"{k:>9}" for k in (*CPU, "children")))
        for name in names:
            print(row(name, *profile(grader, sources, [name], args.repeat)))
        calls, wall, spent = profile(grader, sources, names, args.repeat)
        print(row("all together", calls, wall, spent))
        trivial = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            sandbox.run({"m": "def f():\n    return 1\n"}, [Call("c", "m", "f")])
            trivial.append(time.perf_counter() - start)
        base = statistics.median(trivial) * 1000
        print(f"baseline: a trivial job (one call) in the same sandbox, {base:.1f} ms; all together: run "
              f"{wall['run'] / base:.1f}x, total {wall['total'] / base:.1f}x the baseline")


if __name__ == "__main__":
    main()
