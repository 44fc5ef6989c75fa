"""Value check: the student's result against the reference at float64, on fixed and hidden inputs.

Hidden inputs are drawn per student (`ctx.rng`), so a hard-coded answer
fails. Partial credit: the fraction of cases that pass. `pick` selects part
of the result (pick=(0,) compares the output of a forward, not its cache).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, ClassVar, Mapping

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict
from mlptutor.grader.checks.cases import FIXED_ONLY, as_case, batch, fixed_only, hidden_batch, judged_inputs, secret
from mlptutor.grader.checks.tolerance import ATOL, RTOL
from mlptutor.grader.checks.validate import picked_name, result_problem
from mlptutor.grader.sandbox import Outcome


@dataclass(frozen=True)
class ValueCheck(Check):
    """Compare against `ctx.reference` on every case, under the tolerance policy (grader/checks/tolerance.py).

    fixed: cases written in the spec (tuples of arguments or Case).
    hidden: rng -> list of cases, drawn per student, or shared Inputs.
    """

    kind: ClassVar[str] = "value"

    name: str = "value"
    points: float = 1.0
    fixed: tuple = ()
    hidden: Callable | None = None
    rtol: float = RTOL
    atol: float = ATOL
    pick: tuple | None = None
    names: tuple = ()  # names of a tuple result's items in messages, e.g. ("dA", "dW", "db")
    plain_ints: bool = False  # the docstring promises plain Python values: a numpy integer, a list for a tuple are wrong
    reference: Callable | None = None  # what computes the expected picked part, when not ctx.reference (Inputs.reference)

    def plan(self, ctx: Context) -> Plan:
        # the same for every student: planned once per grader (planning a submission of the first twelve
        # exercises: 15.6 ms instead of 18.0, interleaved runs)
        fixed = ctx.constant(("fixed", self.name, self.pick),
                             lambda: batch(ctx, [as_case(c) for c in self.fixed], self.name, self.pick,
                                           reference=self.reference))
        hidden = hidden_batch(ctx, self.hidden, self.name, self.pick, tag="h", reference=self.reference)
        return Plan(fixed.calls + hidden.calls, (fixed.cases + hidden.cases, fixed.expected + hidden.expected))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        # the picked part named as such: "result is None" told of result[1] read as a function without `return`
        return judge_cases(ctx, plan, outcomes, self.rtol, self.atol, self.pick, self.names or picked_name(self.pick),
                           self.plain_ints)


def judge_cases(ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome], rtol: float, atol: float,
                pick: tuple | None, what: str | tuple = "result", plain_ints: bool = False) -> Verdict:
    """Score plan.calls against memo (cases, expected): fraction passed, first problem, evidence."""
    cases, expected = plan.memo
    problems, evidence, right = [], [], []
    for call, case, exp in zip(plan.calls, cases, expected):
        outcome = outcomes.get(call.id)
        if outcome is not None and outcome.status == "ok":
            evidence.append(Evidence(case.args, case.kwargs, outcome.value, pick))
        problem = result_problem(outcome, exp, rtol, atol, what, reveal=not case.hidden, plain_ints=plain_ints)
        if problem:
            problems.append(f"on {case.label}: {problem}")
        right.append(not problem)
    return cases_verdict(ctx, cases, problems, right, evidence, f"matches the reference on {len(cases)} inputs")


def cases_verdict(ctx: Context, cases: list, problems: list[str], right: list[bool], evidence: list,
                  passed: str) -> Verdict:
    """The verdict of a check that judged each of `cases` right or wrong (`right`; `problems`, the wrong ones'): 1
    with `passed` when all are right, else the fraction right, told by the first problem; 0 when only fixed cases are
    right where hidden ones are judged (fixed_only)."""
    hidden = secret(ctx, [c.hidden for c in cases], [[c] for c in cases], right)
    n, inputs = len(cases), judged_inputs(hidden, right)
    if not problems:
        return Verdict(1.0, passed, tuple(evidence), inputs)
    more = f" (and {len(problems) - 1} more failing)" if len(problems) > 1 else ""
    message = f"{n - len(problems)}/{n} inputs right; {problems[0]}{more}"
    if fixed_only(hidden, right):
        return Verdict(0.0, f"{message}; {FIXED_ONLY}", tuple(evidence), inputs)
    return Verdict((n - len(problems)) / n, message, tuple(evidence), inputs)
