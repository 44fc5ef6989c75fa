"""Behaviour check: call with scripted inputs, judge with a predicate that explains.

For training utilities whose right answer is a property rather than one
array: early stopping on scripted validation curves (stop epoch, restored
best weights), a mini-batch iterator covering every example once per epoch,
dropout's scaling and eval mode, clipping that keeps the direction.

Each Scenario is one call: its arguments (fixed, or drawn per student with
`draw(rng)`, or the first case of shared `Inputs`: scenarios judging one
call from several angles name the same Inputs and run it once), and a predicate `expect(value, reference_value, case) -> str |
None` that returns None when the behaviour is right and otherwise one line
saying what is wrong. The reference's result on the same inputs is computed
in the trusted process and handed to the predicate; with `validate=True`
the value is first validated against its structure (exact ndarrays, float
dtypes, shapes, finite), so predicates only see well-formed data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Mapping

from grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from grader.checks.cases import Case, Inputs, as_case, expect, gather
from grader.checks.validate import value_problem
from grader.sandbox import Outcome


@dataclass(frozen=True)
class Scenario:
    """One scripted call. Give `args` (a case), `draw` (rng -> case) or `draw` = Inputs (its first case,
    shared with the scenarios naming the same Inputs); `label` names it in feedback."""

    label: str
    expect: Callable[[Any, Any, Case], str | None]
    args: Any = None
    draw: Callable | Inputs | None = None
    pick: tuple | None = None
    validate: bool = True

    def case(self, ctx: Context, check: str) -> Case:
        if isinstance(self.draw, Inputs):
            return gather(ctx, (), self.draw, check)[0]
        return as_case(self.draw(ctx.rng(check)) if self.draw else self.args)


@dataclass(frozen=True)
class BehaviourCheck(Check):
    """Partial credit: the fraction of scenarios whose predicate is satisfied."""

    kind: ClassVar[str] = "behaviour"

    name: str = "behaviour"
    points: float = 2.0
    scenarios: tuple[Scenario, ...] = ()

    def plan(self, ctx: Context) -> Plan:
        cases = [s.case(ctx, self.name) for s in self.scenarios]
        expected = [expect(ctx.reference, [c], s.pick)[0] for s, c in zip(self.scenarios, cases)]
        calls = [ctx.call(self.name, i, c.args, c.kwargs, pick=s.pick)
                 for i, (s, c) in enumerate(zip(self.scenarios, cases))]
        return Plan(calls, (cases, expected))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, expected = plan.memo
        problems, evidence = [], []
        for scenario, call, case, exp in zip(self.scenarios, plan.calls, cases, expected):
            outcome = outcomes.get(call.id)
            if outcome is not None and outcome.status == "ok":
                evidence.append(Evidence(case.args, case.kwargs, outcome.value, scenario.pick))
            problem = (outcome_problem(outcome)
                       or (scenario.validate and value_problem(outcome.value, exp))
                       or scenario.expect(outcome.value, exp, case))
            if problem:
                problems.append(f"{scenario.label}: {problem}")
        n = len(self.scenarios)
        if not problems:
            return Verdict(1.0, f"behaves right in {n} scenarios", tuple(evidence))
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return Verdict((n - len(problems)) / n, problems[0] + more, tuple(evidence))
