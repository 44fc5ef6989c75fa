"""Hygiene check: inputs not mutated in place, no warnings, no NaN/inf on extreme inputs, dtype kept.

Four aspects, each a share of the points:
- mutation: every call of the function in the whole job (the pipeline hands
  them over in `ctx.calls`; value, shape, behaviour and gradient calls too)
  must leave its arguments as they were sent; the sandbox child compares
  them as soon as each call returns (`Outcome.changed`), so a function that
  changes its argument and restores it on its next call is caught; with
  `fresh` (the docstring promises a new dict, list or array) no call may
  return an argument's very object (`Outcome.returned`);
- warnings: the ordinary cases (`inputs`) and the large ones (`extreme`)
  must raise no RuntimeWarning (overflow, invalid value, divide by zero):
  the docstrings promise these ranges work (`Outcome.warnings`);
- extreme: cases with large inputs (e.g. logits of 1000) must give finite
  results that match the reference;
- dtype: the last ordinary case again in float32 must come back float32 or
  float64, arrays and numpy float scalars alike (a case holding no float64
  array is judged on its ordinary call).

The child compares every call's arguments itself, so hygiene needs none of
them sent back.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import hidden_batch
from mlptutor.grader.checks.tolerance import ATOL, RTOL
from mlptutor.grader.checks.validate import layout_problem, leaves, result_problem
from mlptutor.grader.sandbox import Outcome


def _as_float32(value):
    return value.astype(np.float32) if isinstance(value, np.ndarray) and value.dtype == np.float64 else value


def argument_name(reference: Callable, changed: int | str) -> str:
    """'argument 1 (Z)' for position 0 of softmax(Z), 'argument weights' for a keyword."""
    if isinstance(changed, str):
        return f"argument {changed}"
    try:
        names = list(inspect.signature(reference).parameters)
    except (TypeError, ValueError):
        names = []
    return f"argument {changed + 1}" + (f" ({names[changed]})" if changed < len(names) else "")


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
    fresh: str | None = None  # what the docstring promises is new ("a new dict"): the result is no argument itself

    def plan(self, ctx: Context) -> Plan:
        inputs = hidden_batch(ctx, self.inputs, self.name, self.pick, tag="in")
        extreme = hidden_batch(ctx, self.extreme, self.name, self.pick, tag="big")
        calls = inputs.calls + extreme.calls
        if inputs.cases:
            last = inputs.cases[-1]
            f32 = tuple(_as_float32(a) for a in last.args)
            same = all(a is b for a, b in zip(f32, last.args))  # no float64 array to convert: that call again
            calls.append(inputs.calls[-1] if same else ctx.call(self.name, "f32", f32, last.kwargs, pick=self.pick))
        return Plan(calls, (inputs.cases, extreme.cases, inputs.expected[-1:], extreme.expected))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, extreme, like, expected = plan.memo
        # plan.calls: the ordinary calls, the extreme calls, then the float32 call (when there are ordinary cases)
        ordinary, big = plan.calls[:len(cases)], plan.calls[len(cases):len(cases) + len(extreme)]
        aspects, problems, evidence = 2, [], []
        problems += self._mutation(ctx, plan, outcomes, self.fresh)
        problems += self._warnings([(c, "an ordinary input") for c in ordinary] + [(c, "large inputs") for c in big],
                                   outcomes)
        if cases:
            aspects += 1
            problems += self._dtype(outcomes.get(plan.calls[-1].id), like[0])
        if extreme:
            aspects += 1
            found = []  # the first problem is said; every call is evidence (another case may tell mistakes apart)
            for case, exp, call in zip(extreme, expected, big):
                outcome = outcomes.get(call.id)
                if outcome is not None and outcome.status == "ok":
                    evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
                if not found and (problem := result_problem(outcome, exp, self.rtol, self.atol, reveal=False)):
                    found.append(f"on large inputs: {problem}")
            problems += found
        if not problems:
            return Verdict(1.0, "inputs left untouched, no warnings, finite on large inputs, dtype kept",
                           tuple(evidence))
        return Verdict(max(0.0, 1 - len(problems) / aspects), "; ".join(problems), tuple(evidence))

    @staticmethod
    def _mutation(ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome], fresh: str | None) -> list[str]:
        """The first call of the function, anywhere in the job, that left an argument changed (or, with
        `fresh`, handed an argument back as its result)."""
        own = [c for c in plan.calls if (c.module, c.function) == (ctx.module, ctx.function)]
        for call in (*ctx.calls, *own):
            outcome = outcomes.get(call.id)
            if outcome is not None and outcome.changed:
                which = argument_name(ctx.reference, outcome.changed[0])
                return [f"{which} was modified in place: work on a copy (e.g. Z = Z - m, not Z -= m)"]
            if fresh and outcome is not None and outcome.returned:
                which = argument_name(ctx.reference, outcome.returned[0])
                return [f"the result holds {which} itself, where the docstring promises {fresh}: a caller that "
                        "changes the result changes its own argument"]
        return []

    @staticmethod
    def _warnings(calls: list, outcomes: Mapping[str, Outcome]) -> list[str]:
        for call, where in calls:
            outcome = outcomes.get(call.id)
            if outcome is not None and outcome.warnings:
                return [f"on {where}: {outcome.warnings[0]}: the docstring promises these inputs work without warnings "
                        "(compute so that nothing overflows, is 0/0 or log(0))"]
        return []

    def _dtype(self, outcome, like) -> list[str]:
        if problem := outcome_problem(outcome) or layout_problem(outcome.value, like):
            return [f"on float32 input: {problem}"]
        kinds = {a.dtype for _, a in leaves(outcome.value) if type(a) is np.ndarray or isinstance(a, np.floating)}
        if not kinds <= {np.dtype(np.float32), np.dtype(np.float64)}:
            return [f"on float32 input the result has dtype {sorted(map(str, kinds))}: keep float32 or use float64"]
        return []
