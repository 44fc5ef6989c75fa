"""What fewer shared hidden cases per function would save in calls, and which wrong files they would stop catching.

    python benchmarks/shape_cases.py [--exercises activations,losses] [--drop 0 -1 0,-1]

The shape checks plan a submission's largest share of calls (200 of the first twelve exercises' 547: benchmarks/
README.md, the nineteenth pass), nearly all on shared `Inputs` that the value and hygiene checks of the same
function read too, so one case fewer is one call fewer for all three. For each variant (`--drop`: the indices of
every shared Inputs' cases left out, comma-separated; negative from the end) this grades the exercise's complete
correct file (its calls: the figure a case fewer saves) and every wrong file of tests/solutions/wrong/<exercise>/ in
the suite's batches (tests/grader/test_independent_solutions.py), and prints against the cases as they are (the
baseline, in the same run): the calls, the wrong functions still caught (a row below its points), those caught no
more, those caught whose failing rows name other mistakes, and the files whose rows changed at all. The cases kept
are drawn as before (the draw runs whole, then the dropped ones are left out), so only the dropped cases differ.
Nothing here changes the specs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "grader"), str(ROOT / "tests")]


def shared_inputs(spec) -> list:
    """Every shared Inputs object the checks of `spec`'s functions name (once each)."""
    from mlptutor.grader.checks.cases import Inputs

    found = {id(value): value for fn in spec.functions for check in fn.checks for value in vars(check).values()
             if isinstance(value, Inputs)}
    return list(found.values())


def dropping(inputs: list, drop: tuple[int, ...]) -> list:
    """Each Inputs' draw made to leave out the cases at `drop`; returns what puts the draws back."""
    kept = [(each, each.draw) for each in inputs]
    for each, draw in kept:
        def fewer(rng, draw=draw):
            cases = draw(rng)
            gone = {i % len(cases) for i in drop if -len(cases) <= i < len(cases)}
            return [case for i, case in enumerate(cases) if i not in gone]
        object.__setattr__(each, "draw", fewer)
    return kept


def grade_variant(exercise: str, drop: tuple[int, ...], batches: dict) -> tuple[int, dict]:
    """(calls of the complete correct file, wrong key -> its rows) with the cases at `drop` left out."""
    import test_independent_solutions as wrong
    from mlptutor.grader import pipeline
    from mlptutor.grader.sandbox import Sandbox
    from mlptutor.grader.specs import load_spec

    spec = load_spec(exercise)
    kept = dropping(shared_inputs(spec), drop)
    calls = []
    planned = pipeline.planned_calls
    pipeline.planned_calls = lambda p: calls.append(len(found := planned(p))) or found
    try:
        with Sandbox(level="auto") as sandbox:
            grader = pipeline.Grader(sandbox, specs={exercise: spec})
            sources = {exercise: (wrong.SOLUTIONS / f"{exercise}.py").read_text()}
            if exercise == "backprop":
                sources["mlp"] = (wrong.SOLUTIONS / "mlp.py").read_text()
            grader.grade(sources, student="shape-cases", only=[exercise])
            complete = calls[0]
            rows = wrong._grade_batches(grader, list(batches.items()))
    finally:
        pipeline.planned_calls = planned
        for each, draw in kept:
            object.__setattr__(each, "draw", draw)
    return complete, rows


def caught(rows: dict) -> set[str]:
    """The wrong files whose function lost points on some row."""
    return {key for key, found in rows.items() if any(r.points < r.max_points for r in found)}


def named(rows: dict) -> dict[str, list]:
    """wrong file -> the mistake ids of its rows below their points, in order: what the feedback names."""
    return {key: [r.mistake for r in found if r.points < r.max_points] for key, found in rows.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercises", default="activations")
    parser.add_argument("--drop", nargs="*", default=["0", "-1", "0,-1"])
    args = parser.parse_args()
    import test_independent_solutions as wrong

    all_batches = wrong._batches(wrong.WRONG)
    for exercise in args.exercises.split(","):
        batches = {name: batch for name, batch in all_batches.items() if batch[0].exercise == exercise}
        base_calls, base_rows = grade_variant(exercise, (), batches)
        base = caught(base_rows)
        print(f"{exercise}: {len(base_rows)} wrong files; cases as they are: {base_calls} calls of the complete file, "
              f"{len(base)} files caught")
        for text in args.drop:
            drop = tuple(int(i) for i in text.split(","))
            calls, rows = grade_variant(exercise, drop, batches)
            now = caught(rows)
            changed = sum(repr(rows[key]) != repr(base_rows[key]) for key in base_rows)
            renamed = sum(named(rows)[key] != ids for key, ids in named(base_rows).items() if key in base)
            lost = sorted(base - now)
            print(f"  without case {text:6s}: {calls} calls ({calls - base_calls:+d}), {len(now)} caught, "
                  f"{len(lost)} caught no more, {renamed} caught but named otherwise, {changed} files' rows changed"
                  + "".join(f"\n      {key}" for key in lost))


if __name__ == "__main__":
    main()
