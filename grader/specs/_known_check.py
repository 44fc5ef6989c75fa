"""A check of a student function that takes a function f: the call goes through grader/specs/_known.py.

Cases hold `Known(name)` where the student's function expects f. The check
calls `_known.call` in the child, which passes the named function in;
the trusted side computes the reference's result with the same function.
A right result is the reference's (allclose) and, when `expect` is given,
satisfies that predicate too (expect(value, expected, case) -> None or one
line), for results whose right value is a property rather than exact
numbers. Evidence holds the real functions, so mistake variants replay it.

The student's arguments are the helper call's own arguments (after
_known.call's module, function and the known positions), so the sandbox
compares each of them with what was sent as soon as the call returns, and
the pipeline judges them like any call's (`function_calls` says where they
start); `KnownHygieneCheck` reads the warnings of every call the function's
known-function checks made.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import NOT_IMPLEMENTED, Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import Case, as_case, drawn, expect as reference_results
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.validate import mismatch, value_problem
from mlptutor.grader.checks.value import cases_verdict
from mlptutor.grader.sandbox import Call, Outcome
from mlptutor.grader.specs import _known

HELPER = "mlptutor_known_functions"  # the module's name in the child, next to the student's files
SOURCE = Path(_known.__file__).read_text()
OWN = 3  # _known.call's own arguments (module, function, known) come before the student's
CALLS = ("known-function calls",)  # ctx.shared key: the function's calls through the helper, in plan order


@dataclass(frozen=True, eq=False)
class Known:
    """Stands for the function _known.FUNCTIONS[name] among a case's arguments; with a `tilt`, for
    _known.Tilted(name, tilt) (hidden cases: see tilted)."""

    name: str
    tilt: object = None


def tilted(cases: list, rng) -> list:
    """The cases with each known function tilted by a drawn linear term of its x's shape (each tensor's for a dict
    x), drawn after the cases so their points stay those drawn before."""
    out = []
    for case in cases:
        case = as_case(case)
        (known, x), rest = case.args[:2], case.args[2:]
        tilt = ({k: rng.normal(size=np.shape(v)) for k, v in x.items()} if isinstance(x, dict)
                else rng.normal(size=np.shape(x)))
        out.append(replace(case, args=(Known(known.name, tilt), x, *rest)))
    return out


@dataclass(frozen=True, eq=False)
class Transposed:
    """Stands for array.T, a Fortran-ordered view, among a case's arguments: `array` travels (in C order, as the
    wire sends every array) and _known.call transposes it in the child."""

    array: object


def _real(argument):
    if isinstance(argument, Known):
        return _known.FUNCTIONS[argument.name] if argument.tilt is None else _known.Tilted(argument.name, argument.tilt)
    return argument.array.T if isinstance(argument, Transposed) else argument


def _sent(position: int, argument) -> tuple[list | None, object]:
    """(the `known` entry of _known.call, the value sent) for one argument of a case."""
    if isinstance(argument, Known):
        return [position, argument.name, *([] if argument.tilt is None else [argument.tilt])], None
    if isinstance(argument, Transposed):
        return [position, _known.TRANSPOSED], argument.array
    return None, argument


def _at_input_precision(case: Case, result):
    """The reference's result, cast to float32 where the case's array x is float32: float32 in may come back float32
    or float64 (exercises/README.md), and a float32 expectation lets value_problem pass either dtype."""
    arrays = [a for a in case.args if isinstance(a, np.ndarray)]
    if arrays and all(a.dtype == np.float32 for a in arrays) and isinstance(result, np.ndarray):
        return result.astype(np.float32)
    return result


def resolved(case: Case) -> Case:
    """The case with every Known replaced by its function and every Transposed by its view (trusted side)."""
    return replace(case, args=tuple(_real(a) for a in case.args))


@dataclass(frozen=True)
class KnownFunctionCheck(Check):
    """fixed: cases written in the spec; hidden: rng -> cases; expect: an extra predicate on each result."""

    kind: ClassVar[str] = "value"

    name: str = "value"
    points: float = 2.0
    fixed: tuple = ()
    hidden: Callable | None = None
    expect: Callable | None = None
    rtol: float = 1e-6
    atol: float = 1e-8
    reveal: bool = True  # fixed cases may show their expected values

    def plan(self, ctx: Context) -> Plan:
        cases = [as_case(c) for c in self.fixed]
        cases += drawn(ctx, self.hidden, self.name, hidden=True) if self.hidden else []
        real = [resolved(c) for c in cases]
        expected = [_at_input_precision(c, e) for c, e in zip(real, reference_results(ctx.reference, real))]
        calls = []
        for i, case in enumerate(cases):
            sent = [_sent(k, a) for k, a in enumerate(case.args)]
            known = [entry for entry, _ in sent if entry is not None]
            plain = tuple(value for _, value in sent)
            calls.append(ctx.call(self.name, i, (ctx.module, ctx.function, known, *plain), case.kwargs, function="call",
                                  module=HELPER, group=f"{ctx.module}.{ctx.function}"))
        ctx.shared(CALLS, list).extend(calls)
        return Plan(calls, (real, expected))

    def helper_modules(self) -> dict[str, str]:
        return {HELPER: SOURCE}

    def function_calls(self, ctx: Context, plan: Plan) -> list[tuple[Call, int]]:
        return [(call, OWN) for call in plan.calls]  # the helper's own arguments come first

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, expected = plan.memo
        found = [outcomes.get(c.id) for c in plan.calls]
        if found and all(o is not None and o.status == "not_implemented" for o in found):
            return Verdict(0.0, NOT_IMPLEMENTED)
        problems, evidence, right = [], [], []
        for case, exp, outcome in zip(cases, expected, found):
            if outcome is not None and outcome.status == "ok":
                evidence.append(Evidence(case.args, case.kwargs, outcome.value))
            problem = outcome_problem(outcome) or value_problem(outcome.value, exp)
            if not problem and self.expect:
                problem = self.expect(outcome.value, exp, case)
            if not problem and not self.expect:
                problem = mismatch(exp, outcome.value, self.rtol, self.atol, reveal=self.reveal and not case.hidden)
            if problem:
                problems.append(f"on {case.label}: {problem}")
            right.append(not problem)
        return cases_verdict(ctx, cases, problems, right, evidence, f"right on {len(cases)} inputs")


@dataclass(frozen=True)
class KnownHygieneCheck(HygieneCheck):
    """Hygiene of a function taking f: no RuntimeWarning on any call of it through the helper (those its
    KnownFunctionChecks plan, which must come before this check in the FunctionSpec). Plans no calls of its own;
    the pipeline judges their arguments (`KnownFunctionCheck.function_calls`)."""

    def plan(self, ctx: Context) -> Plan:
        return Plan(list(ctx.shared(CALLS, list)))

    function_calls = KnownFunctionCheck.function_calls  # the calls it reads are those checks' calls

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        found = [outcomes.get(c.id) for c in plan.calls]
        if found and all(o is not None and o.status == "not_implemented" for o in found):
            return Verdict(0.0, NOT_IMPLEMENTED)
        if problems := self._warnings([(c, "an ordinary input") for c in plan.calls], outcomes):
            return Verdict(0.0, problems[0])
        return Verdict(1.0, f"no warnings on {len(plan.calls)} calls")
