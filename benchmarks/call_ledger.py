"""Which checks make a complete submission's sandbox calls, and which calls repeat one another.

    python benchmarks/call_ledger.py [--all] [--rounds 5]

Grades the correct solutions of the first twelve exercises (issue 15's
unit; `--all`: of every exercise) as one submission with a warm Sandbox and
prints, per exercise and check kind, the calls its checks plan (a call on
shared `Inputs` counted for every check naming it), the calls the job runs
(each once, under the kind that planned it first) and what those took in
the child (each outcome's own `seconds`: the wall time of its arguments'
decoding, the call and its argument checks; the median over `--rounds`
students' jobs, since a call that loses its core to another process reads
10 ms). The baseline in the same run is the first
column's total: the calls the checks would make without sharing.

Then the calls that repeat: the same function on the same arguments (equal
arrays, numbers and containers; the same markers, pick and refills) made by
two calls of the job. Some repeat on purpose (a check that calls twice to
see the same answer); the others are the most a job-level memo of
(function, arguments) could save (issue 15, point 3), and a repeat is
evidence too: see benchmarks/README.md, the nineteenth pass.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from course_grade import TWELVE  # noqa: E402

from mlptutor.grader import pipeline  # noqa: E402
from mlptutor.grader.sandbox import Sandbox  # noqa: E402

SOLUTIONS = ROOT / "tests" / "solutions"


def digest(value) -> str:
    """A hash of `value` equal for equal arguments: arrays by dtype, shape and bytes, containers item by item,
    anything else (numbers, strings, argument markers) by its type and repr."""
    h = hashlib.sha1()

    def walk(x):
        if type(x) is np.ndarray:
            h.update(f"a{x.dtype}{x.shape}".encode())
            h.update(np.ascontiguousarray(x).tobytes())
        elif isinstance(x, (tuple, list, dict)):
            h.update(type(x).__name__.encode() + b"(")
            for item in (x.items() if isinstance(x, dict) else x):
                walk(item)
            h.update(b")")
        else:
            h.update(f"{type(x).__name__}:{x!r};".encode())
    walk(value)
    return h.hexdigest()


def graded_jobs(everything: bool, rounds: int) -> tuple[list, dict[str, float]]:
    """(the planned checks of the last job, call id -> the median of its seconds in the child) of the correct
    solutions graded as one submission of `rounds` students (the call ids are the same for every student)."""
    sources = {f.stem: f.read_text() for f in sorted(SOLUTIONS.glob("*.py")) if everything or f.stem in TWELVE}
    kept, seconds = {}, defaultdict(list)

    def run(job, grader):
        pipeline.run(job, grader)
        kept["planned"] = job.planned
        for call_id, outcome in job.result.outcomes.items():
            seconds[call_id].append(outcome.seconds)

    with Sandbox() as sandbox:
        grader = pipeline.Grader(sandbox)
        grader.grade(sources, student="warm")  # the zygote's first job pays its imports
        grader.steps = tuple(run if step is pipeline.run else step for step in pipeline.STEPS)
        for number in range(rounds):
            grader.grade(sources, student=f"ledger-{number}")
    return kept["planned"], {call_id: statistics.median(taken) for call_id, taken in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every exercise (default: the first twelve)")
    parser.add_argument("--rounds", type=int, default=5, help="students graded (the child's times: their median)")
    args = parser.parse_args()
    planned, seconds = graded_jobs(args.all, args.rounds)
    first: dict[int, tuple] = {}  # id(call) -> (exercise, kind) of the check that planned it first
    rows: dict[tuple, list] = defaultdict(lambda: [set(), 0, 0, 0.0])  # checks, planned, run, child seconds
    for p in planned:
        row = rows[(p.exercise.name, p.check.kind)]
        row[0].add((p.function.name, p.check.name))
        for call in p.plan.calls:
            row[1] += 1
            if id(call) not in first:
                first[id(call)] = (p.exercise.name, p.check.kind)
                row[2] += 1
                row[3] += seconds.get(call.id, 0.0)
    print("| exercise | check kind | checks | calls planned | calls run | child ms of those |\n| --- | --- | --- | --- | --- | --- |")
    for (exercise, kind), (checks, made, ran, taken) in sorted(rows.items()):
        print(f"| {exercise} | {kind} | {len(checks)} | {made} | {ran} | {1000 * taken:.2f} |")
    total = [sum(r[i] for r in rows.values()) for i in (1, 2, 3)]
    print(f"| all | | {sum(len(r[0]) for r in rows.values())} | {total[0]} | {total[1]} | {1000 * total[2]:.1f} |")
    calls = pipeline.planned_calls(planned)
    same: dict[tuple, list] = defaultdict(list)
    for call in calls:
        same[(call.module, call.function, digest((call.args, call.kwargs, call.pick, call.refills)))].append(call.id)
    repeats = {key: ids for key, ids in same.items() if len(ids) > 1}
    print(f"\n{len(calls)} calls run (baseline: {total[0]} planned); {len(same)} distinct (function, arguments); "
          f"{sum(len(ids) - 1 for ids in repeats.values())} calls repeat an earlier one:")
    for (module, function, _), ids in repeats.items():
        print(f"  {module}.{function}: {', '.join(ids)}")


if __name__ == "__main__":
    main()
