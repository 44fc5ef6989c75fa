"""What naming a wrong submission costs: the independent wrong files (tests/solutions/wrong), graded in the
batches the suite grades them in, CPU per batch, against the same exercise's correct file graded in the same
process (which names nothing), and against another checkout (`--against PATH`) in alternating rounds, with
whether both give the same rows.

    python benchmarks/naming_cost.py [--exercises train,xor] [--top 12] [--rounds 2] [--against PATH]

Without --exercises: every batch (some 1,200, minutes of CPU). --top N keeps the N costliest batches of a first
pass in this checkout (the heavy tail: a few unexplained training functions cost as much as hundreds of others).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "grader"), str(ROOT / "tests")]


def grade(names: list[str]) -> dict:
    """batch -> [CPU seconds, its rows as text], and "correct:<exercise>" -> [CPU seconds] for each exercise."""
    import test_independent_solutions as wrong
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    batches = wrong._batches(wrong.WRONG)
    out: dict = {}
    with Sandbox(level="auto") as sandbox:
        grader = Grader(sandbox)
        for name in names:
            exercise = batches[name][0].exercise
            if f"correct:{exercise}" not in out:
                sources = {exercise: (wrong.SOLUTIONS / f"{exercise}.py").read_text()}
                if exercise == "backprop":
                    sources["mlp"] = (wrong.SOLUTIONS / "mlp.py").read_text()
                start = time.process_time()
                grader.grade(sources, student=f"correct-{exercise}", only=[exercise])
                out[f"correct:{exercise}"] = [time.process_time() - start]
            start = time.process_time()
            rows = wrong._grade_batches(grader, [(name, batches[name])])
            out[name] = [time.process_time() - start,
                         repr(sorted((k, [(r.check, r.points, r.mistake, r.message) for r in v]) for k, v in rows.items()))]
    return out


def in_checkout(tree: Path, names: list[str]) -> dict:
    """grade(names) with a checkout's grader (its venv), on this checkout's wrong files, as JSON on stdout."""
    done = subprocess.run([str(tree / ".venv" / "bin" / "python"), __file__, "--emit", *names],
                          capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercises", help="comma-separated exercises (default: all)")
    parser.add_argument("--top", type=int, help="only the N costliest batches of a first pass here")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--emit", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit is not None:
        print(json.dumps(grade(args.emit)))
        return
    import test_independent_solutions as wrong
    wanted = set(args.exercises.split(",")) if args.exercises else None
    names = [n for n, b in wrong._batches(wrong.WRONG).items() if wanted is None or b[0].exercise in wanted]
    if args.top:
        first = in_checkout(ROOT, names)
        names = sorted(names, key=lambda n: -first[n][0])[:args.top]
    trees = {"after": ROOT, **({"before": args.against.resolve()} if args.against else {})}
    cpu: dict = {t: {} for t in trees}
    rows: dict = {t: {} for t in trees}
    for _ in range(args.rounds):
        for tree, path in trees.items():
            for name, found in in_checkout(path, names).items():
                cpu[tree].setdefault(name, []).append(found[0])
                rows[tree][name] = found[1:]
    best = {t: {n: min(v) for n, v in cpu[t].items()} for t in trees}  # the least disturbed round
    print(f"{len(names)} batches, {args.rounds} rounds, CPU seconds (the round's least)")
    for name in names:
        exercise = wrong._batches(wrong.WRONG)[name][0].exercise
        correct = best["after"][f"correct:{exercise}"]
        line = f"  {name:32s} after {best['after'][name]:7.3f} ({best['after'][name] / correct:6.1f}x its correct file)"
        if "before" in trees:
            same = "same rows" if rows["before"][name] == rows["after"][name] else "ROWS DIFFER"
            line += f"  before {best['before'][name]:7.3f}  after/before {best['after'][name] / best['before'][name]:.2f}  {same}"
        print(line)
    for tree in trees:
        print(f"{tree}: all batches {sum(best[tree][n] for n in names):.1f} s")
    if "before" in trees:
        print(f"after/before {sum(best['after'][n] for n in names) / sum(best['before'][n] for n in names):.2f}")


if __name__ == "__main__":
    main()
