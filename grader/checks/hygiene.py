"""Hygiene: no argument changed by any call, no warnings, no NaN/inf on extreme inputs, dtype kept.

Arguments are judged by the pipeline on every call of every function
(`grader.pipeline.judge_arguments`, with `argument_problem` below), whichever
check made the call: the sandbox child compares each argument with what was
sent as soon as the call returns (`Outcome.changed`), so a function that
changes its argument and restores it on its next call is caught, and says
which arguments the result holds as its very objects (`Outcome.returned`).
No spec declares anything for it, except what a docstring says about its
arguments (`FunctionSpec.updates`, `FunctionSpec.fresh`).

A HygieneCheck judges what a function does on its own inputs, each aspect a
share of its points:
- warnings: the ordinary cases (`inputs`) and the large ones (`extreme`)
  must raise no RuntimeWarning (overflow, invalid value, divide by zero):
  the docstrings promise these ranges work (`Outcome.warnings`);
- extreme: cases with large inputs (e.g. logits of 1000) must give finite
  results that match the reference;
- dtype: the last ordinary case again in float32 must come back float32 or
  float64, arrays and numpy float scalars alike, laid out as the function's
  own float64 result on that case (a case holding no float64 array is judged
  on its ordinary call).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import as_case, batch, hidden_batch
from mlptutor.grader.checks.tolerance import ATOL, RTOL
from mlptutor.grader.checks.validate import layout_problem, leaves, paired, pick, picked_name, result_problem
from mlptutor.grader.sandbox import Call, Outcome


def _as_float32(value):
    return value.astype(np.float32) if isinstance(value, np.ndarray) and value.dtype == np.float64 else value


def _parameters(reference: Callable) -> list[str]:
    try:
        return list(inspect.signature(reference).parameters)
    except (TypeError, ValueError):
        return []


def argument_name(reference: Callable, changed: int | str) -> str:
    """'argument 1 (Z)' for position 0 of softmax(Z), 'argument weights' for a keyword."""
    if isinstance(changed, str):
        return f"argument {changed}"
    names = _parameters(reference)
    return f"argument {changed + 1}" + (f" ({names[changed]})" if changed < len(names) else "")


def argument_problem(outcome: Outcome | None, reference: Callable, offset: int = 0, updates: tuple[str, ...] = (),
                     fresh: str | None = None, call: Call | None = None) -> str | None:
    """One line when the call left an argument changed (one of `updates`, which the docstring says the function
    updates in place, excepted) or, with `fresh` (what the docstring promises is new), handed an argument's very
    object back in its result; else None. The function's arguments start at position `offset` of the call's;
    `call`, when given, says what kind of copy the changed argument wants (an array's or a dict's)."""
    if outcome is None or not (outcome.changed or (fresh and outcome.returned)):  # the common case, at no cost
        return None
    names = _parameters(reference)

    def own(found: tuple) -> list[int | str]:
        # the function's own arguments, positions counted from its first; those it may update left out
        shifted = [a - offset if type(a) is int else a for a in found if type(a) is not int or a >= offset]
        return [a for a in shifted if (names[a] if type(a) is int and a < len(names) else a) not in updates]

    if changed := own(outcome.changed):
        return f"{argument_name(reference, changed[0])} was modified in place: {_copy_hint(call, changed[0], offset)}"
    if fresh and (returned := own(outcome.returned)):
        return (f"the result holds {argument_name(reference, returned[0])} itself, where the docstring promises "
                f"{fresh}: a caller that changes the result changes its own argument")
    return None


def again_problem(outcome: Outcome | None, call: Call, number: Mapping[str, int],
                  outcomes: Mapping[str, Outcome]) -> str | None:
    """One line when `call`'s result is, or holds, the very array, list or dict an earlier call of the function
    returned (`Outcome.again`); `number`: call id -> its place among its function's calls in the job, from 1;
    `outcomes`: every call's, by id (the earlier call's values tell a buffer filled again from a result kept)."""
    if outcome is None or not outcome.again:
        return None
    earlier, path, kind = outcome.again
    at = f" (its result{''.join(f'[{key!r}]' for key in path)})" if path else ""
    first = outcomes.get(earlier)
    why = KEPT if first is not None and _same_values(outcome.value, first.value, path) else \
        "the first caller's result is the object the later call filled, so it changed under that caller"
    return f"call {number[call.id]} returned the same {kind} object as call {number[earlier]}{at}: {why}; return " \
           f"a new {kind} on every call"


# a result handed out again with the earlier call's values: kept, not filled again
KEPT = ("it holds that call's values, a result kept and served again (a memo keyed by less than all of the "
        "arguments, a cache on the module); compute every call's result from its own arguments")


def _same_values(a, b, path: tuple) -> bool:
    """Whether two decoded results hold the same values at `path` (a kept object sent back twice unchanged)."""
    try:
        pairs = paired(pick(a, path), pick(b, path))
        return pairs is not None and all(np.array_equal(x, y, equal_nan=True) for x, y in pairs)
    except (LookupError, TypeError, ValueError):  # no such part in one of them; values that are no numbers
        return False


def _copy_hint(call: Call | None, argument: int | str, offset: int) -> str:
    """How to leave the caller's argument alone, for the kind of container it is (a dict changes by a key written
    into it or by an array of it changed in place)."""
    value = None if call is None else (call.kwargs.get(argument) if type(argument) is str
                                       else call.args[argument + offset] if argument + offset < len(call.args) else None)
    if isinstance(value, dict):
        return "leave the caller's dict as it was (no key written into it, no array of it changed in place): " \
               "build a new dict of new arrays (W = W - d, not W -= d)"
    if isinstance(value, list):
        return "leave the caller's list as it was: build a new one"
    return "work on a copy (e.g. Z = Z - m, not Z -= m)"


@dataclass(frozen=True)
class HygieneCheck(Check):
    """inputs: rng -> cases (or shared Inputs) for the warnings and dtype aspects; extreme: rng -> cases of large
    inputs, or a tuple of such cases, the same for every student (planned once per grader, as hidden as drawn ones);
    extreme_label: what the feedback calls those cases ("large inputs", or e.g. "all-zero gradients" where the case
    that must stay finite is not large); integers: cases holding int arrays, the same for every student, whose
    results must be float arrays (a docstring promising float64 for any array)."""

    kind: ClassVar[str] = "hygiene"

    name: str = "hygiene"
    points: float = 1.0
    inputs: Callable | None = None
    extreme: Callable | tuple | None = None
    rtol: float = RTOL
    atol: float = ATOL
    pick: tuple | None = None
    extreme_label: str = "large inputs"
    integers: tuple = ()

    def plan(self, ctx: Context) -> Plan:
        inputs = hidden_batch(ctx, self.inputs, self.name, self.pick, tag="in")
        if isinstance(self.extreme, tuple):
            extreme = self._fixed(ctx, self.extreme, "big")
        else:
            extreme = hidden_batch(ctx, self.extreme, self.name, self.pick, tag="big")
        ints = self._fixed(ctx, self.integers, "int").calls if self.integers else []
        calls = inputs.calls + extreme.calls + ints
        if inputs.cases:
            last = inputs.cases[-1]
            f32 = tuple(_as_float32(a) for a in last.args)
            same = all(a is b for a, b in zip(f32, last.args))  # no float64 array to convert: that call again
            calls.append(inputs.calls[-1] if same else ctx.call(self.name, "f32", f32, last.kwargs, pick=self.pick))
        return Plan(calls, (inputs.cases, extreme.cases, inputs.expected[-1:], extreme.expected, len(ints)))

    def _fixed(self, ctx: Context, cases: tuple, tag: str):
        """The batch of `cases`, the same for every student (as hidden as drawn ones): the reference runs on them
        once per grader, not per student (the first twelve exercises' 28 large cases: their hygiene checks planned
        in 0.75 ms a submission instead of 1.7)."""
        return ctx.constant((tag, self.name, self.pick), lambda: batch(
            ctx, [as_case(c, hidden=True) for c in cases], self.name, self.pick, tag))

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        cases, extreme, like, expected, n_int = plan.memo
        # plan.calls: the ordinary calls, the extreme calls, the int calls, then the float32 call (when there are
        # ordinary cases)
        ordinary, big = plan.calls[:len(cases)], plan.calls[len(cases):len(cases) + len(extreme)]
        ints = plan.calls[len(cases) + len(extreme):len(cases) + len(extreme) + n_int]
        aspects, problems, evidence = 1, [], []
        what = picked_name(self.pick)  # a picked part named as the student's code indexes it: result[0]
        problems += self._warnings([(c, "an ordinary input") for c in ordinary] + [(c, self.extreme_label) for c in big],
                                   outcomes)
        if cases:
            aspects += 1
            problems += self._dtype(outcomes.get(plan.calls[-1].id), like[0], outcomes.get(ordinary[-1].id), what)
        if extreme:
            aspects += 1
            found = []  # the first problem is said; every call is evidence (another case may tell mistakes apart)
            for case, exp, call in zip(extreme, expected, big):
                outcome = outcomes.get(call.id)
                if outcome is not None and outcome.status == "ok":
                    evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
                if not found and (problem := result_problem(outcome, exp, self.rtol, self.atol, what, reveal=False)):
                    found.append(f"on {self.extreme_label}: {problem}")
            problems += found
        if ints:
            aspects += 1
            problems += self._int_results([outcomes.get(c.id) for c in ints], what)
        if not problems:
            kept = (["no warnings"] + ["dtype kept"] * bool(cases) + [f"finite and right on {self.extreme_label}"]
                    * bool(extreme) + ["float results of an int array"] * bool(ints))
            return Verdict(1.0, ", ".join(kept), tuple(evidence))
        return Verdict(max(0.0, 1 - len(problems) / aspects), "; ".join(problems), tuple(evidence))

    @staticmethod
    def _warnings(calls: list, outcomes: Mapping[str, Outcome]) -> list[str]:
        for call, where in calls:
            outcome = outcomes.get(call.id)
            if outcome is not None and outcome.warnings:
                return [f"on {where}: {outcome.warnings[0]}: the docstring promises these inputs work without warnings "
                        "(compute so that nothing overflows, is 0/0 or log(0))"]
        return []

    @staticmethod
    def _int_results(found: list, what: str) -> list[str]:
        # what it computes from an int array is the value checks' finding; here only that it comes back as floats
        for outcome in found:
            if outcome is not None and outcome.status == "ok":
                kinds = sorted({str(a.dtype) for _, a in leaves(outcome.value)
                                if type(a) is np.ndarray and a.dtype.kind != "f"})
                if kinds:
                    return [f"on an int array: {what} has dtype {kinds[0]}, expected a float array (float64)"]
        return []

    @staticmethod
    def _dtype(outcome, like, own, what: str) -> list[str]:
        # the layout float32 input must keep is the submission's own on that case in float64, where it ran: a layout
        # off on every input (a training run stopping late has more epochs) is the value checks' finding, and told
        # here it read as a dtype problem ("on float32 input: ... has 4 items, expected 3")
        if own is not None and own.status == "ok":
            like = own.value
        if problem := outcome_problem(outcome) or layout_problem(outcome.value, like, what):
            return [f"on float32 input: {problem}"]
        kinds = {a.dtype for _, a in leaves(outcome.value) if type(a) is np.ndarray or isinstance(a, np.floating)}
        if not kinds <= {np.dtype(np.float32), np.dtype(np.float64)}:
            dtypes = " and ".join(sorted(map(str, kinds)))
            return [f"on float32 input the {what} has dtype {dtypes}: keep float32 or use float64"]
        return []
