"""Hygiene check: inputs not mutated in place, no NaN/inf on extreme inputs, dtype preserved or float64.

Three aspects, each a share of the points:
- mutation: the last input case (of shared `Inputs`, usually the largest) is
  called with return_args=True (the shared call itself, asking for its
  arguments back) and the arguments as they were after the call must equal
  what was sent;
- extreme: cases with large inputs (e.g. logits of 1000) must give finite
  results that match the reference;
- dtype: that case again in float32 must come back float32 or float64.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, ClassVar, Mapping

import numpy as np

from grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from grader.checks.cases import hidden_batch
from grader.checks.tolerance import ATOL, RTOL
from grader.checks.validate import layout_problem, leaves, result_problem
from grader.sandbox import Outcome


def _as_float32(value):
    return value.astype(np.float32) if isinstance(value, np.ndarray) and value.dtype == np.float64 else value


def _changed_argument(sent: tuple, after) -> int | None:
    """Index of the first positional argument whose arrays differ after the call, or None."""
    if type(after) not in (tuple, list) or len(after) != len(sent):
        return 0
    for i, (before, now) in enumerate(zip(sent, after)):
        for (path, a), (_, b) in zip(leaves(before), leaves(now)):
            if isinstance(a, np.ndarray) and not (type(b) is np.ndarray and b.shape == a.shape and _equal(a, b)):
                return i
    return None


def _equal(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal entries, NaN equal to NaN (numpy's equal_nan comparison only when plain equality fails)."""
    return bool((a == b).all()) or np.array_equal(a, b, equal_nan=True)


@dataclass(frozen=True)
class HygieneCheck(Check):
    """inputs: rng -> cases (or shared Inputs) for the mutation and dtype aspects; extreme: rng -> cases of large inputs."""

    kind: ClassVar[str] = "hygiene"

    name: str = "hygiene"
    points: float = 1.0
    inputs: Callable | None = None
    extreme: Callable | None = None
    rtol: float = RTOL
    atol: float = ATOL
    pick: tuple | None = None

    def plan(self, ctx: Context) -> Plan:
        inputs = hidden_batch(ctx, self.inputs, self.name, self.pick, tag="in")
        cases = inputs.cases[-1:]  # one case tells whether the arguments are modified
        extreme = hidden_batch(ctx, self.extreme, self.name, self.pick, tag="big")
        calls = [replace(c, return_args=True) for c in inputs.calls[-1:]] + extreme.calls
        if cases:
            f32 = tuple(_as_float32(a) for a in cases[0].args)
            calls.append(ctx.call(self.name, "f32", f32, cases[0].kwargs, pick=self.pick))
        return Plan(calls, (cases, extreme.cases, inputs.expected[-1:] + extreme.expected))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, extreme, expected = plan.memo
        # plan.calls: the mutation call (when there is a case), the extreme calls, then the float32 call
        mutation, big = plan.calls[:len(cases)], plan.calls[len(cases):len(cases) + len(extreme)]
        aspects, problems, evidence = 0, [], []
        if cases:
            aspects += 2
            problems += self._mutation(cases, expected, [outcomes.get(c.id) for c in mutation])
            problems += self._dtype(outcomes.get(plan.calls[-1].id), expected[0])
        if extreme:
            aspects += 1
            for case, exp, call in zip(extreme, expected[len(cases):], big):
                outcome = outcomes.get(call.id)
                if outcome is not None and outcome.status == "ok":
                    evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
                if problem := result_problem(outcome, exp, self.rtol, self.atol, reveal=False):
                    problems.append(f"on large inputs: {problem}")
                    break
        if not problems:
            return Verdict(1.0, "inputs left untouched, finite on large inputs, dtype kept", tuple(evidence))
        return Verdict(max(0.0, 1 - len(problems) / aspects), "; ".join(problems), tuple(evidence))

    def _mutation(self, cases, expected, outcomes) -> list[str]:
        for case, exp, outcome in zip(cases, expected, outcomes):
            if problem := outcome_problem(outcome) or layout_problem(outcome.value, exp):
                return [problem]
            changed = _changed_argument(case.args, outcome.args_after)
            if changed is not None:
                return [f"argument {changed + 1} was modified in place: work on a copy (e.g. Z = Z - m, not Z -= m)"]
        return []

    def _dtype(self, outcome, like) -> list[str]:
        if problem := outcome_problem(outcome) or layout_problem(outcome.value, like):
            return [f"on float32 input: {problem}"]
        kinds = {a.dtype for _, a in leaves(outcome.value) if type(a) is np.ndarray}
        if not kinds <= {np.dtype(np.float32), np.dtype(np.float64)}:
            return [f"on float32 input the result has dtype {sorted(map(str, kinds))}: keep float32 or use float64"]
        return []
