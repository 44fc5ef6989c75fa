"""Behaviour check: call with scripted inputs, judge with a predicate that explains.

For training utilities whose right answer is a property rather than one
array: early stopping on scripted validation curves (stop epoch, restored
best weights), a mini-batch iterator covering every example once per epoch,
dropout's scaling and eval mode, clipping that keeps the direction.

Each Scenario is one call: its arguments (fixed, or drawn per student with
`draw(rng)`, or case `at` (the first by default) of shared `Inputs`, whose
call it shares: scenarios judging one call from several angles name the
same Inputs and run it once), and a predicate `expect(value, reference_value, case) -> str |
None` that returns None when the behaviour is right and otherwise one line
saying what is wrong. The reference's result on the same inputs is computed
in the trusted process and handed to the predicate; with `validate=True`
the value is first validated against its structure (exact ndarrays, float
dtypes, shapes, finite), so predicates only see well-formed data.

A scenario with `several=True` is a few calls judged together (dropout:
the same seed twice gives the same mask, another seed another one): its
`args`/`draw` give a list of cases, and `expect` receives the lists of
values, reference values and cases. With `refill=True` each of its calls after
the first is made as a caller that reuses its buffers makes it: on the previous
call's very argument objects, refilled in place with its own values
(`Call.refills`); `grader/specs/_reuse.py` judges such calls (a result cached by the
argument object shows). Their values depend on what the function kept from
the call before, which no replay in the trusted process has: they make no
Evidence. The sandbox reports the generator arguments each call drew from:
with `draws=False` the scenario's calls must leave theirs as they were
(dropout in eval mode draws nothing), with `draws=True` they must draw from
them (a train-mode mask: one kept from an earlier call, or drawn from
np.random or a generator of its own, is not the given generator's). A call
that was to draw and did not makes no Evidence either: its value does not
come from its arguments, so no replay of them gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Mapping

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import FIXED_ONLY, Case, Inputs, as_case, drawn, expect, fixed_only, judged_inputs, secret, shared_batch
from mlptutor.grader.checks.hygiene import argument_name
from mlptutor.grader.checks.validate import _Label, picked_name, value_problem
from mlptutor.grader.sandbox import RNG, Outcome


@dataclass(frozen=True)
class Scenario:
    """One scripted call. Give `args` (a case), `draw` (rng -> case) or `draw` = Inputs (its case `at`,
    shared with the scenarios naming the same Inputs); `label` names it in feedback. With `several`,
    `args`/`draw` give a list of cases and `expect` judges their values together."""

    label: str
    expect: Callable[[Any, Any, Case], str | None]
    args: Any = None
    draw: Callable | Inputs | None = None
    pick: tuple | None = None
    validate: bool = True
    several: bool = False
    at: int = 0  # which case of the shared Inputs
    refill: bool = False  # with several: each call after the first refills the previous call's argument objects
    draws: bool | None = None  # False: the calls must draw nothing from their generator arguments; True: they must

    def cases(self, ctx: Context, check: str) -> list[Case]:
        """The scenario's cases, when they are its own (not of shared Inputs)."""
        if self.draw:  # drawn makes them Cases already
            made = drawn(ctx, self.draw, check, one=not self.several)
            return made if self.several else [made]
        return [as_case(c) for c in self.args] if self.several else [as_case(self.args)]

    def plan(self, ctx: Context, check: str, number: int) -> tuple[list, list, list]:
        """(cases, calls, the reference's results): case `at` of shared Inputs and its shared call, or the
        scenario's own cases with a call each, named ctx.call_id(check, number) (or number.j with `several`)."""
        if isinstance(self.draw, Inputs):
            shared = shared_batch(ctx, self.draw, self.pick)
            at = slice(self.at, self.at + 1)
            return shared.cases[at], shared.calls[at], shared.expected[at]
        if self.draw is None:  # scripted arguments: the same for every student, planned once per grader
            return ctx.constant(("scenario", check, number), lambda: self._own(ctx, check, number))
        return self._own(ctx, check, number)

    def _own(self, ctx: Context, check: str, number: int) -> tuple[list, list, list]:
        cases = self.cases(ctx, check)
        calls = []
        for j, case in enumerate(cases):
            refills = {"refills": calls[-1].id} if self.refill and calls else {}
            calls.append(ctx.call(check, number if len(cases) == 1 else f"{number}.{j}", case.args, case.kwargs,
                                  pick=self.pick, **refills))
        return cases, calls, expect(ctx.reference, cases, self.pick)


@dataclass(frozen=True)
class BehaviourCheck(Check):
    """Partial credit: the fraction of scenarios whose predicate is satisfied."""

    kind: ClassVar[str] = "behaviour"

    name: str = "behaviour"
    points: float = 2.0
    scenarios: tuple[Scenario, ...] = ()
    names: tuple[str, ...] = ()  # names of a tuple result's items, for explanations ("stop_epoch", ...)

    def plan(self, ctx: Context) -> Plan:
        planned = [s.plan(ctx, self.name, i) for i, s in enumerate(self.scenarios)]
        cases, calls, expected = ([p[k] for p in planned] for k in range(3))
        return Plan([call for group in calls for call in group], (cases, expected, calls))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        all_cases, all_expected, all_calls = plan.memo
        problems, evidence, right = [], [], []
        for scenario, calls, cases, expected in zip(self.scenarios, all_calls, all_cases, all_expected):
            got = [outcomes.get(call.id) for call in calls]
            for case, call, outcome in zip(cases, calls, got):
                if (outcome is not None and outcome.status == "ok" and call.refills is None
                        and not (scenario.draws and not outcome.drew)):
                    evidence.append(Evidence(case.args, case.kwargs, outcome.value, scenario.pick))
            problem = next((p for o in got if (p := outcome_problem(o))), None)
            values, invalid = ([o.value for o in got], ()) if problem or not scenario.validate else \
                _validated([o.value for o in got], expected, picked_name(scenario.pick))
            problem = problem or next((p for p in invalid if p and not p.startswith(_ITEM)), None)
            if scenario.draws and all(o is not None and o.ok for o in got):  # what else is off follows from it
                problem = _undrawn(got, calls, ctx.reference) or problem
            # a refilled call that changed its argument (restored the old values, say) returned what it made of
            # them: nothing to tell from its value, and judge_arguments charges the change on every row
            if not problem and not (scenario.refill and any(o.changed for o in got)):
                try:
                    problem = (scenario.expect(values, expected, cases) if scenario.several
                               else scenario.expect(values[0], expected[0], cases[0]))
                    # a predicate asking the stand-in's type (type(x) is dict, which nothing can intercept) read it
                    read = bool(problem) and _Unjudged.__name__ in problem
                except _Read:  # the predicate read an item that failed validation
                    read = True
                if read:  # that item's problem
                    problem = next(p for p in invalid if p)[len(_ITEM):]
            if not problem and scenario.draws is False:
                problem = _drawn(got, ctx.reference)
            if problem:
                problems.append(f"{scenario.label}: {problem}")
            right.append(not problem)
        n = len(self.scenarios)
        # a scripted scenario's arguments and reference are in the student release, and so are a drawn one's when
        # the public student's draw holds them too; the others are the student's own. Told by the cases (the plan's,
        # which the release records), not by the scenario's `draw`, which the release drops
        from_draws = [any(c.hidden or c.drawn for c in cases) for cases in all_cases]
        hidden = secret(ctx, from_draws, all_cases, right)
        inputs = judged_inputs(hidden, right)
        if not problems:
            return Verdict(1.0, f"behaves right in {n} scenario{'s' * (n != 1)}", tuple(evidence), inputs)
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        if fixed_only(hidden, right):
            return Verdict(0.0, f"{problems[0]}{more}; {FIXED_ONLY}", tuple(evidence), inputs)
        return Verdict((n - len(problems)) / n, problems[0] + more, tuple(evidence), inputs)


_ITEM = "\0item: "  # marks an item's own problem, which costs only a predicate that reads the item


class _Read(Exception):
    """A predicate touched an item of the result that failed validation."""


def _read(*args, **kwargs):
    raise _Read


class _Unjudged:
    """Stands in for an item of a tuple result that failed validation: whatever a predicate does with it (index it,
    compare it, make an array or a number or text of it) raises _Read, so a scenario judges the items it reads."""

    __slots__ = ()
    __getattr__ = __getitem__ = __iter__ = __len__ = __contains__ = __bool__ = __hash__ = _read
    __array__ = __float__ = __int__ = __index__ = __complex__ = __format__ = __str__ = __repr__ = _read
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __neg__ = __pos__ = __abs__ = _read
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _read
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __pow__ = __rpow__ = __matmul__ = __rmatmul__ = _read


def _validated(values: list, expected: list, what: str = "result") -> tuple[list, list]:
    """(the values a predicate sees, each value's problem or None). A tuple result of the right length is validated
    item by item: an item that fails is replaced by an _Unjudged and its problem marked _ITEM, so a scenario that
    never reads it (clipping's dict judged without its norm) still judges the items that are right. `what` names
    the value in messages."""
    seen, problems = [], []
    for value, like in zip(values, expected):
        problem = value_problem(value, like, what)
        if problem and type(like) is tuple and type(value) in (tuple, list) and len(value) == len(like):
            items = [value_problem(v, l, _Label(what, i)) for i, (v, l) in enumerate(zip(value, like))]
            value = type(value)(_Unjudged() if p else v for v, p in zip(value, items))
            problem = _ITEM + next(p for p in items if p)
        seen.append(value)
        problems.append(problem)
    return seen, problems


def _drawn(outcomes: list, reference: Callable) -> str | None:
    """One line when a call that must draw nothing drew from a generator argument; else None."""
    drew = next((o.drew for o in outcomes if o.drew), ())
    if not drew:
        return None
    name = argument_name(reference, drew[0])
    return (f"{name} was drawn from, where nothing is to be drawn: leave the caller's generator as it was (its "
            "next numbers then stay those it would give without this call)")


def _undrawn(outcomes: list, calls: list, reference: Callable) -> str | None:
    """One line when a call that must draw from its generator argument did not; else None."""
    missed = next((c for o, c in zip(outcomes, calls) if not o.drew), None)
    if missed is None:
        return None
    at = next((i for i, a in enumerate(missed.args) if type(a) is RNG),
              next((k for k, a in missed.kwargs.items() if type(a) is RNG), None))
    name = "its generator" if at is None else argument_name(reference, at)
    return (f"{name} was not drawn from, where the values are to come from it: draw them from the generator "
            "given on each call (not np.random, not a generator of your own, not numbers kept from an earlier call)")
