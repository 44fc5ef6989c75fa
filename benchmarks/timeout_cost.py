"""What a function that loops forever costs a submission, and that a slow but correct one keeps its points.

    python benchmarks/timeout_cost.py [--rounds 3] [--against PATH] [--function module.name | --function all]

Grades, in one process with one warm sandbox and alternating round by round,
three complete submissions of every exercise (tests/solutions): the correct
one (the baseline of this run), the same with one function looping forever
(`--function`, softmax.softmax by default: its callers softmax_jacobian and
the cross-entropy gradient loop with it), and the same with that function
correct but about 20x slower than the reference (its work done nineteen
more times on copies of its arguments, as Python loops would take).
Prints the median wall and CPU seconds (this process and the sandbox's,
read from /proc) of each, what the looping function adds to a submission
(target: at most 0.5 s), and the slow one's score (target: full marks).

--function all: every function of the first twelve exercises' correct files
in turn, helpers too (the correct submission graded again beside each);
prints the five whose loop adds the most wall time and the most CPU time.

--against PATH: the same script run by another checkout's .venv python (its
own mlptutor; e.g. a `git worktree` of an older commit), one after the
other; prints before, after and after / before of the added cost.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SOLUTIONS = Path(__file__).resolve().parent.parent / "tests" / "solutions"
TWELVE = ("activations", "layers", "mlp", "backprop", "losses", "softmax", "derivatives", "init", "regularization",
          "clipping", "optim", "early_stopping")  # course_grade.py's: issue 15's unit
LOOPING = "\n\ndef {name}(*args, **kwargs):\n    while True:\n        pass\n"
SLOW = '''

import copy as _copy

_correct_{name} = {name}


def {name}(*args, **kwargs):
    for _ in range(19):  # the same work twenty times over, the extra runs on copies: 20x slower than the reference
        _correct_{name}(*_copy.deepcopy(args), **_copy.deepcopy(kwargs))
    return _correct_{name}(*args, **kwargs)
'''


def sandbox_cpu() -> float:
    """CPU seconds of every process below this one (zygotes, their jobs, reaped or running), from /proc."""
    parents, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            cpu[int(entry)] = sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    total, todo = 0, [pid for pid, parent in parents.items() if parent == os.getpid()]
    while todo:
        pid = todo.pop()
        total += cpu[pid]
        todo += [child for child, parent in parents.items() if parent == pid]
    return total / os.sysconf("SC_CLK_TCK")


def functions(which: str) -> list[str]:
    """module.name of the function(s) `--function` names: "all" is every function the correct files of the twelve
    exercises define, their helpers too (init's _fan, which six initialisers call)."""
    if which != "all":
        return [which]
    return [f"{module}.{node.name}" for module in TWELVE
            for node in ast.parse((SOLUTIONS / f"{module}.py").read_text()).body if isinstance(node, ast.FunctionDef)]


def measure(which: str, rounds: int) -> dict:
    """{function: {variant: [median wall s, median CPU s, score, max score]}} for the three submissions of each."""
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    correct = {p.stem: p.read_text() for p in SOLUTIONS.glob("*.py")}
    figures = {}
    with Sandbox() as sandbox:
        grader = Grader(sandbox)
        for function in functions(which):
            module, name = function.split(".")
            variants = {"correct": correct,
                        "looping": {**correct, module: correct[module] + LOOPING.format(name=name)},
                        "20x slower": {**correct, module: correct[module] + SLOW.format(name=name)}}
            times = {variant: ([], []) for variant in variants}
            scores = {}
            for variant, sources in variants.items():  # the companion with SymPy, the caches of every variant
                grader.grade(sources, student=f"warm-up-{variant}")
            for round_ in range(rounds):
                for variant, sources in (variants.items() if round_ % 2 == 0 else reversed(variants.items())):
                    wall, cpu = time.perf_counter(), time.process_time() + sandbox_cpu()
                    report = grader.grade(sources, student=f"s{round_}")
                    times[variant][0].append(time.perf_counter() - wall)
                    times[variant][1].append(time.process_time() + sandbox_cpu() - cpu)
                    scores[variant] = (report.score, report.max_score)
            figures[function] = {variant: [statistics.median(w), statistics.median(c), *scores[variant]]
                                 for variant, (w, c) in times.items()}
    return figures


def added(figures: dict) -> tuple[float, float]:
    """(wall, CPU) seconds the looping function adds to the correct submission."""
    return (figures["looping"][0] - figures["correct"][0], figures["looping"][1] - figures["correct"][1])


def show(figures: dict, label: str) -> tuple[float, float]:
    """Print one checkout's figures; the most wall and CPU time a looping function adds."""
    if len(figures) == 1:
        [(function, of)] = figures.items()
        base_wall, base_cpu = of["correct"][:2]
        print(f"{label}: the correct submission (baseline) {base_wall:.2f} s wall, {base_cpu:.2f} s CPU")
        for variant in ("looping", "20x slower"):
            wall, cpu, score, top = of[variant]
            print(f"  {function} {variant:10s}: {wall:.2f} s wall ({wall / base_wall:.2f}x), {cpu:.2f} s CPU; adds "
                  f"{wall - base_wall:.2f} s wall, {cpu - base_cpu:.2f} s CPU; score {score:g}/{top:g}")
        return added(of)
    print(f"{label}: {len(figures)} functions, each looping in a complete submission")
    for kind, index in (("wall", 0), ("CPU", 1)):
        ranked = sorted(figures, key=lambda f: added(figures[f])[index], reverse=True)
        print(f"  the most {kind} time: " + ", ".join(f"{f} {added(figures[f])[index]:.2f} s" for f in ranked[:5]))
    short = [f"{f} {figures[f]['20x slower'][2]:g}/{figures[f]['20x slower'][3]:g}" for f in figures
             if figures[f]["20x slower"][2] < figures[f]["20x slower"][3]]
    print("  20x slower, full marks: " + ("all" if not short else "all but " + ", ".join(short)))
    return max(added(of)[0] for of in figures.values()), max(added(of)[1] for of in figures.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--function", default="softmax.softmax", help="module.name to loop, or all")
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # how --against runs the other one
    args = parser.parse_args()
    if args.json:
        return print(json.dumps(measure(args.function, args.rounds)))
    before = None
    if args.against:
        python = args.against.resolve() / ".venv" / "bin" / "python"
        done = subprocess.run([str(python), __file__, "--json", "--rounds", str(args.rounds),
                               "--function", args.function], capture_output=True, text=True, check=True)
        before = show(json.loads(done.stdout.splitlines()[-1]), f"before ({args.against})")
    after = show(measure(args.function, args.rounds), "after")
    print(f"a function that loops forever adds {after[0]:.2f} s wall, {after[1]:.2f} s CPU to a submission "
          "(target: at most 0.5 s)" + (f"; before {before[0]:.2f} s wall, {before[1]:.2f} s CPU; after / before "
                                       f"{after[0] / before[0]:.2f} wall, {after[1] / before[1]:.2f} CPU" if before else ""))


if __name__ == "__main__":
    sys.exit(main())
