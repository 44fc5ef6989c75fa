"""Edge cases: inputs at the edge of the docstring's domain, whose right answer may be one a do-nothing body gives.

An empty batch (its answer is empty), a learning rate of 0 (the parameters
unchanged), a ReLU path through a negative pre-activation (a product of 0):
the docstring promises these work, and code that crashes, warns or hands
its argument back there is wrong. But their answers are what a body that
computes nothing returns, so they cannot be ordinary value cases (no graded
value, shape or hygiene input has a trivial answer:
tests/grader/test_separating_inputs.py). An EdgeCheck judges each case like
a value case (the result, a crash) and also for RuntimeWarnings; the
pipeline judges its calls' arguments like every call (a result holding the
caller's object where the docstring promises a new one). Its row is a
property row (`grader.pipeline.PROPERTY_KINDS`): it counts only in the
share of the function's ordinary values that are right, and a body that
does nothing scores 0 on it like on every row.

Only a call whose value is wrong makes evidence (what the catalogue and the
relation finder read, pooled over the function's rows): an edge case's right
answer (0, params unchanged) fits nearly any relation and would only blur
those of the ordinary cases; and a call on an empty array makes none, having
no entry to relate (the relation finder divides by sizes).

A spec names each case by what makes it an edge (`what`, said in the row):

    EdgeCheck("edge", 1.0, fixed=((np.zeros((0, 3)),),), what=("an empty batch (0, 3)",))

A case whose natural computation warns where the docstring promises only its answer (a loss of no examples is
NaN: np.mean of nothing says "Mean of empty slice", 0/0 "invalid value") is judged with `warnings_allowed`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.checks.validate import leaves, picked_name, result_problem, scalar_problem
from mlptutor.grader.sandbox import Outcome


@dataclass(frozen=True)
class EdgeCheck(ValueCheck):
    """The fixed cases `fixed`, each named by `what` (same order), judged for values, crashes and warnings."""

    kind: ClassVar[str] = "edge"

    name: str = "edge"
    what: tuple[str, ...] = ()
    warnings_allowed: bool = False

    def __post_init__(self):
        if len(self.what) != len(self.fixed) or self.hidden is not None:
            raise ValueError(f"{self.name}: one `what` per fixed case ({len(self.fixed)}), and no hidden cases")

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, expected = plan.memo
        problems, evidence = [], []
        for call, case, exp, what in zip(plan.calls, cases, expected, self.what):
            outcome = outcomes.get(call.id)
            # a wrong value and the warning that explains it (NaN after an overflow), each said when there
            label = self.names or picked_name(self.pick)
            found = [_nan_problem(outcome, label) if _is_nan(exp) else
                     result_problem(outcome, exp, self.rtol, self.atol, label, plain_ints=self.plain_ints)]
            if found[0] and outcome.status == "ok" and not _empty(case.args, case.kwargs, outcome.value):
                evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
            if outcome is not None and outcome.warnings and not self.warnings_allowed:
                found.append(f"{outcome.warnings[0]}: the docstring promises this input works without warnings "
                             "(compute so that nothing overflows, is 0/0 or log(0))")
            if problem := "; ".join(p for p in found if p):
                problems.append(f"on {what}: {problem}")
        if not problems:
            return Verdict(1.0, f"right without warnings on {len(cases)} edge case{'s' * (len(cases) != 1)} ({', '.join(self.what)})",
                           tuple(evidence))
        passed = len(cases) - len(problems)
        more = f" (and {len(problems) - 1} more failing)" if len(problems) > 1 else ""
        return Verdict(passed / len(cases), f"{passed}/{len(cases)} edge cases right; {problems[0]}{more}",
                       tuple(evidence))


def _is_nan(value) -> bool:
    return type(value) is float and math.isnan(value)


def _nan_problem(outcome: Outcome | None, what: str) -> str | None:
    """Where the answer is NaN (a loss of no examples): a float NaN, else one line (the value checks refuse NaN)."""
    if problem := outcome_problem(outcome):
        return problem
    value = outcome.value
    # a 0-d float64 array passes for a float wherever a number is due (validate.scalar_problem): NaN too
    zero_d = type(value) is np.ndarray and value.shape == () and value.dtype == np.float64
    if (type(value) is float or type(value) is np.float64 or zero_d) and math.isnan(value):
        return None
    return scalar_problem(value, what) or f"{what} is {value!r}, expected NaN (the mean of no examples)"


def _empty(*values) -> bool:
    """Some array among `values` (at any depth) holds no entry."""
    return any(getattr(leaf, "size", 1) == 0 for value in values for _, leaf in leaves(value))
