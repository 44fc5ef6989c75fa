"""Shape check: the result's shape for several widths and batch sizes (including 1 and odd sizes).

Only shapes and types are judged (values are the value check's job); the
message gives expected vs got shape and names (1, n) vs (n,) and transposes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import hidden_batch
from mlptutor.grader.checks.validate import layout_problem, picked_name
from mlptutor.grader.sandbox import Outcome


@dataclass(frozen=True)
class ShapeCheck(Check):
    """sizes: rng -> list of cases covering several widths and batch sizes (1, odd, ...), or shared Inputs
    (the value check's hidden cases at several sizes: then this check costs no calls of its own)."""

    kind: ClassVar[str] = "shape"

    name: str = "shape"
    points: float = 1.0
    sizes: Callable | None = None
    pick: tuple | None = None
    names: tuple = ()  # names of a tuple result's items in messages, e.g. ("dA", "dW", "db")
    plain_ints: bool = False  # the docstring promises plain Python values (ValueCheck.plain_ints), judged here alone

    def plan(self, ctx: Context) -> Plan:
        cases, calls, expected = hidden_batch(ctx, self.sizes, self.name, self.pick)
        return Plan(calls, (cases, expected))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, expected = plan.memo
        problems, evidence = [], []
        for call, case, exp in zip(plan.calls, cases, expected):
            outcome = outcomes.get(call.id)
            what = self.names or picked_name(self.pick)
            problem = outcome_problem(outcome) or layout_problem(outcome.value, exp, what, self.plain_ints)
            if outcome is not None and outcome.status == "ok":
                evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
            if problem:  # shapes said only where there are arrays (a list of widths has none)
                where = (f"for inputs of shapes {_shapes(case.args)}" if any(type(a) is np.ndarray for a in case.args)
                         else "on a hidden input")
                problems.append(f"{where}: {problem}")
        if not problems:
            return Verdict(1.0, f"right shapes for {len(cases)} sizes", tuple(evidence))
        passed = len(cases) - len(problems)
        return Verdict(passed / len(cases), f"{passed}/{len(cases)} sizes right; {problems[0]}", tuple(evidence))


def _shapes(args: tuple) -> str:
    return ", ".join(str(a.shape) if isinstance(a, np.ndarray) else type(a).__name__ for a in args)
