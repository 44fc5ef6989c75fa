"""What the symbolic checker costs per submission of the derivatives exercise (7 formulas), and for a class.

    python benchmarks/symbolic_check.py [--repeat 10] [--class-size 200]

Per submission (tests/solutions/derivatives.py, median milliseconds): each
formula judged alone (two jobs each: the numbers, then SymPy's
confirmation), all formulas' numeric comparisons in one job (no SymPy), all
formulas judged together (two jobs: the numbers in the grader's sandbox,
then the confirmations in SymPy's companion: what the confirmation costs),
and a submission whose verdicts are all memoised, each next to the baseline
measured in the same run: a trivial job (one call) in the same sandbox, so
the ratios compare across machines. Then a class whose students each pick,
per formula, one of three spellings (the solution's, the reference
answer's, or a wrong one), graded with an empty cache at first.
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
from mlptutor.grader.checks.symbolic import VERDICTS, judge_formula, judge_formulas  # noqa: E402
from mlptutor.grader.sandbox import Call, Sandbox  # noqa: E402
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


def compare_only(sandbox, items) -> None:
    """The numeric comparisons of `items` in one job, without SymPy."""
    source = Path(symbolic_worker.__file__).read_text(encoding="utf-8")
    calls = [Call(f"compare:{i}", "symbolic_worker", "compare", (s, a, dict(v), 0)) for i, (s, a, v) in enumerate(items)]
    sandbox.run({"symbolic_worker": source}, calls)


def trivial_job(sandbox) -> None:
    """The baseline: one job of one call that returns at once (a fork of the zygote, an import, a report)."""
    sandbox.run({"m": "def f():\n    return 1\n"}, [Call("c", "m", "f")])


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
    with Sandbox() as sandbox:  # NumPy only, as the grader's: SymPy's companion is made from it
        judge_formulas(items, sandbox=sandbox)  # waits for both zygotes to boot
        print(f"start-up {time.perf_counter() - start:.2f} s (isolation {sandbox.level}); "
              f"one submission of {len(items)} formulas, median of {args.repeat}, milliseconds:")
        base = median_ms(lambda: trivial_job(sandbox), args.repeat)
        print(f"  baseline: a trivial job       {base:8.1f}")
        for label, run, cold in (
                ("each formula alone", lambda: [judge_formula(*item, sandbox=sandbox) for item in items], True),
                ("one job, numeric only", lambda: compare_only(sandbox, items), True),
                ("two jobs, with SymPy", lambda: judge_formulas(items, sandbox=sandbox), True),
                ("all memoised (no job)", lambda: judge_formulas(items, sandbox=sandbox), False)):
            ms = median_ms(run, args.repeat, cold=cold)
            print(f"  {label:28s}  {ms:8.2f}  ({ms / base:.2f}x the trivial job)")

        students = classroom(items, args.class_size)
        VERDICTS.clear()
        start = time.perf_counter()
        for formulas in students:
            judge_formulas(formulas, sandbox=sandbox)
        seconds = time.perf_counter() - start
    print(f"a class of {len(students)} from an empty cache: {seconds:.2f} s, {len(students) / seconds:.0f} submissions/s "
          f"({seconds / len(students) * 1000 / base:.1f}x the trivial job per submission), {len(VERDICTS)} distinct verdicts")


if __name__ == "__main__":
    main()
