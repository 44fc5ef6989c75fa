"""How fast `mlptutor check` is: a complete solution, and the gradient check of a [784, 128, 64, 10] network.

    python benchmarks/check_speed.py [--repeat N]

Prints wall and trusted-process CPU seconds per run (the sandbox child's
CPU is not in the second figure) and the isolation level in force.
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlptutor.grader.checks.base import Context  # noqa: E402
from mlptutor.grader.checks.gradient import GradientCheck  # noqa: E402
from mlptutor.grader.pipeline import STEPS, Grader  # noqa: E402
from mlptutor.grader.sandbox import Sandbox  # noqa: E402
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec  # noqa: E402
from mlptutor.grader.specs import load_specs  # noqa: E402
from mlptutor.cli import cli  # noqa: E402
from mlptutor.reference import backprop, init, mlp  # noqa: E402

SOLUTIONS = ROOT / "tests" / "solutions"
WIDTHS, BATCH = [784, 128, 64, 10], 32


def timed(fn, repeat):
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return float(np.median(walls)), float(np.median(cpus))


def timed_step(step, totals):
    """A pipeline step that adds its trusted CPU seconds to totals[step name]."""
    def run(job, grader):
        cpu = time.process_time()
        step(job, grader)
        totals[step.__name__] = totals.get(step.__name__, 0.0) + time.process_time() - cpu
    return run


def realistic_gradient_spec():
    X = np.random.default_rng(0).normal(size=(BATCH, WIDTHS[0]))
    activations = ["relu", "relu", "identity"]
    check = GradientCheck("gradient", 2.0, forward="mlp_forward", forward_module="mlp",
                          reference_forward=mlp.mlp_forward,
                          point=lambda rng: init.init_params(WIDTHS, rng, scheme="he"),
                          forward_args=lambda params: (X, params, activations))
    return {"backprop": ExerciseSpec("backprop", (FunctionSpec("mlp_backward", backprop.mlp_backward, (check,)),))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    graded = [p for p in sorted(SOLUTIONS.glob("*.py")) if p.stem in load_specs()]
    sources = {p.stem: p.read_text() for p in SOLUTIONS.glob("*.py")}
    runner = CliRunner()

    wall, cpu = timed(lambda: runner.invoke(cli, ["check", *map(str, graded)]), repeat)
    print(f"mlptutor check on {len(graded)} solved exercises ({', '.join(p.stem for p in graded)}): "
          f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (includes starting the sandbox)")

    with Sandbox() as sandbox:
        steps = {}
        grader = Grader(sandbox, steps=tuple(timed_step(step, steps) for step in STEPS))
        grader.grade(sources)  # warm up the zygote
        steps.clear()
        wall, cpu = timed(lambda: grader.grade(sources), repeat)
        report = grader.grade(sources)
        contexts = [(Context("s", e, f.name, f.reference), f) for e, spec in grader.specs.items() if e in sources
                    for f in spec.functions]
        planned = [c for ctx, f in contexts for check in f.checks for c in check.plan(ctx).calls]
        calls = len({id(c) for c in planned})  # as sent: checks sharing inputs plan the same calls
        print(f"Grader.grade, warm sandbox ({sandbox.level}): {wall * 1000:.1f} ms wall, {cpu * 1000:.1f} ms trusted CPU, "
              f"{len(report.checks)} checks, {calls} sandbox calls, score {report.score:g}/{report.max_score:g}")
        print("  trusted CPU per step: " + ", ".join(f"{name} {seconds / (repeat + 1) * 1000:.1f} ms"
                                                       for name, seconds in steps.items()))

        grader = Grader(sandbox, realistic_gradient_spec())
        wall, cpu = timed(lambda: grader.grade(sources, only=["backprop"]), max(1, repeat // 2))
        (row,) = grader.grade(sources, only=["backprop"]).checks
        print(f"gradient check of mlp_backward on {WIDTHS}, batch {BATCH}, on the reference forward's caches: "
              f"{wall:.2f} s wall, {cpu:.2f} s trusted CPU, passed={row.passed}")


if __name__ == "__main__":
    main()
