"""A check judging several runs of a training function together, and what needs no reference to judge them.

The capstone (grader/specs/train.py) runs the student's train_classifier
four times; each aspect of it is one check, and every aspect plans the very
same calls (`ctx.shared`), so each run is sent once. This module holds the
part of the judging that needs no reference code: a run's layout
(`run_problem`) and the reproducible aspect (the same seed gives the same
run, another seed another one). A student release carries it, with the
runs' recorded plan, and judges that aspect in its checker; the aspects
that recompute the student's network with the reference (learns,
early-stopping) are methods of train.py's subclass and stay with grading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.validate import array_problem, int_problem, scalar_problem
from mlptutor.grader.sandbox import Outcome

# the runs each aspect reads (learns judges the digits run; the small one is its evidence for explanations; the
# one-epoch runs hold the weights after the first epoch, early-stopping reads "again" to know the runs repeat)
LABELS = {"learns": ("digits", "one-epoch", "small"),
          "early-stopping": ("digits", "one-epoch", "small", "small-one-epoch", "again"),
          "reproducible": ("small", "again", "other")}
# runs whose wrong layout is one problem of the aspect, not the end of it: (None, the problem) in its values
LENIENT = ("one-epoch", "small-one-epoch")


def _floats(value, what):
    if type(value) is not list or not value:
        return f"{what} must be a non-empty list of finite floats"
    # a float or numpy.float64, finite; a float32 loss is named as such
    return next((f"{what}: {problem}" for i, v in enumerate(value) if (problem := scalar_problem(v, f"{what}[{i}]"))),
                None)


def run_problem(value, case: Case) -> str | None:
    """None when a run's result has the documented layout, else one line."""
    if type(value) is not dict:
        return "return a dict with params, train_loss, val_loss, best_epoch, stop_epoch"
    if missing := [k for k in ("params", "train_loss", "val_loss", "best_epoch", "stop_epoch") if k not in value]:
        return f"the result lacks {', '.join(missing)}"
    if problem := _floats(value["train_loss"], "train_loss") or _floats(value["val_loss"], "val_loss"):
        return problem
    if any(int_problem(value[k]) for k in ("best_epoch", "stop_epoch")):  # an int or a numpy integer
        return "best_epoch and stop_epoch must be ints"
    runs = len(value["val_loss"])
    if len(value["train_loss"]) != runs or value["stop_epoch"] != runs - 1:
        return f"one training and one validation loss per epoch run, and stop_epoch the last of them ({runs} epochs recorded)"
    if not 0 <= value["best_epoch"] <= value["stop_epoch"]:
        return "best_epoch must be one of the epochs run"
    X, Y, hidden = case.args[0], case.args[1], case.args[4]
    widths = [X.shape[1], *hidden, Y.shape[1]]
    params = value["params"]
    expected = {f"{p}{l}": (widths[l - 1], widths[l]) if p == "W" else (widths[l],)
                for l in range(1, len(widths)) for p in "Wb"}
    if type(params) is not dict or set(params) != set(expected):
        return f"params must be a dict with the keys {', '.join(expected)}"
    # finite float arrays of those shapes, of any float dtype
    return next((p for key, shape in expected.items() if (p := array_problem(params[key], shape, f"params[{key!r}]"))),
                None)


def _small_run_evidence(cases, calls, outcomes) -> tuple:
    """The small run's result when it returned, whatever its layout: the evidence a mistake's variant replays
    (in a few ms) to name a slip in the layout, such as stop_epoch counted from 1."""
    outcome = outcomes.get(calls["small"].id)
    if outcome is None or outcome_problem(outcome):
        return ()
    return (Evidence(cases["small"].args, cases["small"].kwargs, outcome.value),)


def _same_run(a, b) -> bool:
    return (a["train_loss"] == b["train_loss"] and a["val_loss"] == b["val_loss"]
            and all(np.array_equal(a["params"][k], b["params"][k]) for k in a["params"]))


@dataclass(frozen=True)
class RunsCheck(Check):
    """One aspect of the runs `runs(ctx)` -> {label: Case} (drawn on the trusted side; a release records the
    plan instead and drops `runs`), judged on the results of the runs that aspect reads (LABELS)."""

    kind: ClassVar[str] = "behaviour"

    name: str = "reproducible"
    points: float = 1.0
    aspect: str = "reproducible"
    runs: Callable | None = None

    def plan(self, ctx: Context) -> Plan:
        def make():
            cases = self.runs(ctx)
            return cases, {label: ctx.call("runs", label, c.args, c.kwargs) for label, c in cases.items()}
        cases, calls = ctx.shared(("training runs",), make)
        return Plan(list(calls.values()), (cases, calls))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, calls = plan.memo
        values = {}
        for label in LABELS[self.aspect]:
            outcome = outcomes.get(calls[label].id)
            if problem := outcome_problem(outcome) or run_problem(outcome.value, cases[label]):
                if label in LENIENT:
                    values[label] = None, problem
                    continue
                return Verdict(0.0, f"the {label} run: {problem}", _small_run_evidence(cases, calls, outcomes))
            values[label] = outcome.value, outcome.seconds
        return getattr(self, "_" + self.aspect.replace("-", "_"))(cases, values)

    def _reproducible(self, cases, values) -> Verdict:
        (small, _), (again, _), (other, _) = values["small"], values["again"], values["other"]
        problems = []
        if not _same_run(small, again):
            problems.append("two runs with the same seed differ: draw every random number (weights, shuffles) "
                            "from one np.random.default_rng(seed), nothing from global state")
        if _same_run(small, other):
            problems.append("runs with seeds s and s + 1 are identical: the seed must drive the weights and the shuffles")
        if problems:
            return Verdict(1.0 - 0.5 * len(problems), "; ".join(problems))
        return Verdict(1.0, "the same seed reproduces the run exactly; another seed gives another run")
