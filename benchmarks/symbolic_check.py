"""Formulas judged per second by the symbolic checker: one sandbox job per formula vs one job per batch.

    python benchmarks/symbolic_check.py [--count 60]

Also prints the worker's own speed in-process (no sandbox, warm caches).
Half of the formulas are equivalent forms (they pay for the SymPy
confirmation), half are wrong; four forms repeat, so a batch profits from
SymPy's cache after the first of each, as a class set of answers would.
"""

import argparse
import time

from grader import symbolic_worker
from grader.checks.symbolic import judge_formula, judge_formulas, shared_sandbox

Z = {"z": (-4.0, 4.0)}
ANSWER = "sigmoid(z)*(1 - sigmoid(z))"
FORMS = ["exp(-z)/(1+exp(-z))**2", "sigmoid(z)*(1+sigmoid(z))", "sigmoid(z) - sigmoid(z)**2", "sigmoid(z)"]


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.1f} formulas/s  ({count} in {seconds:.2f} s)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60, help="formulas per measurement")
    count = parser.parse_args().count
    items = [(FORMS[i % len(FORMS)], ANSWER, Z) for i in range(count)]

    start = time.perf_counter()
    sandbox = shared_sandbox()
    judge_formula(FORMS[0], ANSWER, Z)  # warm: starts the sandbox
    symbolic_worker.confirm(symbolic_worker.compare(FORMS[0], ANSWER, Z), FORMS[0], ANSWER, Z)  # imports SymPy here
    print(f"start-up            {time.perf_counter() - start:6.2f} s (isolation: {sandbox.level})")

    start = time.perf_counter()
    for student, answer, variables in items:
        symbolic_worker.confirm(symbolic_worker.compare(student, answer, variables), student, answer, variables)
    print("in-process worker  ", rate(count, time.perf_counter() - start))

    start = time.perf_counter()
    for student, answer, variables in items:
        judge_formula(student, answer, variables)
    print("single (1 job each)", rate(count, time.perf_counter() - start))

    start = time.perf_counter()
    judge_formulas(items)
    print("batch (1 job)      ", rate(count, time.perf_counter() - start))


if __name__ == "__main__":
    main()
