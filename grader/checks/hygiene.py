"""Hygiene check: inputs not mutated in place, no NaN/inf on extreme inputs, dtype preserved or float64.

Three aspects, each a share of the points:
- mutation: the last input case (of shared `Inputs`, usually the largest) is
  called with return_args=True and the arguments as they were after the call
  must equal what was sent;
- extreme: cases with large inputs (e.g. logits of 1000) must give finite
  results that match the reference;
- dtype: that case again in float32 must come back float32 or float64.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, ClassVar, Mapping

import numpy as np

from grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from grader.checks.cases import Case, expect, expected as expected_for, gather
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
            if isinstance(a, np.ndarray) and not (type(b) is np.ndarray and b.shape == a.shape
                                                  and np.array_equal(a, b, equal_nan=True)):
                return i
    return None


@dataclass(frozen=True)
class HygieneCheck(Check):
    """inputs: rng -> cases (or shared Inputs) for the mutation and dtype aspects; extreme: rng -> cases of large inputs."""

    kind: ClassVar[str] = "hygiene"

    name: str = "hygiene"
    points: float = 1.0
    inputs: Callable | None = None
    extreme: Callable | None = None
    rtol: float = 1e-7
    atol: float = 1e-10
    pick: tuple | None = None

    def plan(self, ctx: Context) -> Plan:
        cases = gather(ctx, (), self.inputs, self.name)[-1:]  # one case tells whether the arguments are modified
        extreme = gather(ctx, (), self.extreme, self.name)
        expected = expected_for(ctx, cases, self.pick) + expect(ctx.reference, extreme, self.pick)
        calls = [ctx.call(self.name, f"mut{i}", c.args, c.kwargs, return_args=True, pick=self.pick)
                 for i, c in enumerate(cases)]
        calls += [ctx.call(self.name, f"big{i}", c.args, c.kwargs, pick=self.pick) for i, c in enumerate(extreme)]
        if cases:
            f32 = Case(tuple(_as_float32(a) for a in cases[0].args), cases[0].kwargs, hidden=True)
            calls.append(ctx.call(self.name, "f32", f32.args, f32.kwargs, pick=self.pick))
        return Plan(calls, (cases, extreme, expected))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, extreme, expected = plan.memo
        get = lambda tag: outcomes.get(ctx.call_id(self.name, tag))
        aspects, problems, evidence = 0, [], []
        if cases:
            aspects += 2
            problems += self._mutation(cases, expected, get)
            problems += self._dtype(get("f32"), expected[0])
        if extreme:
            aspects += 1
            for i, (case, exp) in enumerate(zip(extreme, expected[len(cases):])):
                outcome = get(f"big{i}")
                if outcome is not None and outcome.status == "ok":
                    evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
                if problem := result_problem(outcome, exp, self.rtol, self.atol, reveal=False):
                    problems.append(f"on large inputs: {problem}")
                    break
        if not problems:
            return Verdict(1.0, "inputs left untouched, finite on large inputs, dtype kept", tuple(evidence))
        return Verdict(max(0.0, 1 - len(problems) / aspects), "; ".join(problems), tuple(evidence))

    def _mutation(self, cases, expected, get) -> list[str]:
        for i, (case, exp) in enumerate(zip(cases, expected)):
            outcome = get(f"mut{i}")
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
