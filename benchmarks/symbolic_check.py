"""What the symbolic checker costs per submission of the derivatives exercise (7 formulas), and for a class.

    python benchmarks/symbolic_check.py [--repeat 10] [--class-size 200]

Per submission (tests/solutions/derivatives.py, median milliseconds): one
sandbox job per formula (the old way), all formulas in one job without and
with the SymPy confirmations (what the confirmation costs), and a
submission whose verdicts are all memoised. Then a class whose students
each pick, per formula, one of three spellings (the solution's, the
reference answer's, or a wrong one), graded with an empty cache at first.
"""

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlptutor.grader import symbolic_worker  # noqa: E402
from mlptutor.grader.checks.symbolic import VERDICTS, judge_formula, judge_formulas, shared_sandbox  # noqa: E402
from mlptutor.grader.sandbox import Call  # noqa: E402
from mlptutor.reference.derivatives import FORMULAS  # noqa: E402

SOLUTION = ROOT / "tests" / "solutions" / "derivatives.py"


def submission() -> list[tuple[str, str, dict]]:
    """The 7 (student text, answer, variables) of the solution, whose forms differ from the answers'."""
    spec = importlib.util.spec_from_file_location("solution", SOLUTION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(getattr(module, name)(), f.answer, f.variables) for name, f in FORMULAS.items()]


def median_ms(run, repeat: int, cold: bool = True) -> float:
    """Median wall milliseconds of run(); cold: with an empty verdict cache each time."""
    times = []
    for _ in range(repeat):
        if cold:
            VERDICTS.clear()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def compare_only(items) -> None:
    """The numeric comparisons of `items` in one job, without SymPy."""
    source = Path(symbolic_worker.__file__).read_text(encoding="utf-8")
    calls = [Call(f"compare:{i}", "symbolic_worker", "compare", (s, a, dict(v), 0)) for i, (s, a, v) in enumerate(items)]
    shared_sandbox().run({"symbolic_worker": source}, calls)


def classroom(items, size: int) -> list[list[tuple[str, str, dict]]]:
    """`size` submissions; per formula each student types the solution's form, the answer, or a wrong form."""
    rng = np.random.default_rng(0)
    forms = [(student, answer, f"2*({answer})") for student, answer, _ in items]
    return [[(forms[k][rng.integers(3)], answer, variables) for k, (_, answer, variables) in enumerate(items)]
            for _ in range(size)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--class-size", type=int, default=200)
    args = parser.parse_args()
    items = submission()

    start = time.perf_counter()
    judge_formulas(items)  # starts this process's sandbox
    print(f"start-up {time.perf_counter() - start:.2f} s (isolation {shared_sandbox().level}); "
          f"one submission of {len(items)} formulas, median of {args.repeat}, milliseconds:")
    print(f"  one job per formula           {median_ms(lambda: [judge_formula(*item) for item in items], args.repeat):8.1f}")
    print(f"  one job, numeric only         {median_ms(lambda: compare_only(items), args.repeat):8.1f}")
    print(f"  one job, with SymPy           {median_ms(lambda: judge_formulas(items), args.repeat):8.1f}")
    print(f"  all memoised (no job)         {median_ms(lambda: judge_formulas(items), args.repeat, cold=False):8.3f}")

    students = classroom(items, args.class_size)
    VERDICTS.clear()
    start = time.perf_counter()
    for formulas in students:
        judge_formulas(formulas)
    seconds = time.perf_counter() - start
    print(f"a class of {len(students)} from an empty cache: {seconds:.2f} s, {len(students) / seconds:.0f} submissions/s, "
          f"{len(VERDICTS)} distinct verdicts")


if __name__ == "__main__":
    main()
