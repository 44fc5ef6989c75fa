"""Gradient check: a backward judged with the reference's forward, so a wrong forward costs it nothing.

At a drawn point the reference forward gives the cache (or plain input) that
the student's backward receives, and the reference backward gives the
expected gradient. The reference's analytic gradients are verified against
central differences and autograd in tests/reference/, so the comparison is
as good as a numerical check and needs no perturbed evaluations of the
student's code: the backward runs once, as an ordinary call. A gradient
that is off is localised against the reference: which tensor, which rows
and columns.

The student's forward is called once too, as an ordinary call on the point,
only to add a note when it is wrong: its own check costs it the points, and
a check of this backward against that forward would have failed. The note
never changes the score, so a forward that behaves differently in this call
gains nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import materialise
from mlptutor.grader.checks.tolerance import ATOL, RTOL, within
from mlptutor.grader.checks.validate import array_problem, close, pick, value_problem
from mlptutor.grader.sandbox import Outcome

# a forward that did not run for these reasons says nothing about its values: no note
_SILENT = ("missing_function", "module_error", "skipped")


@dataclass(frozen=True)
class Point:
    """Everything about one drawn point; nothing of it depends on the student's code."""

    tensors: dict[str, np.ndarray]
    forward_args: tuple
    forward_result: Any  # the reference forward's whole result
    dout: np.ndarray
    backward_arg: Any  # the reference's cache (or plain input) handed to the student's backward
    expected: Any  # the reference backward's whole result


def _listed(indices, most: int = 6) -> str:
    """'[0, 3]', or '[0, 1, 2, 3, 4, 5, ...]' when there are more than `most`."""
    unique = sorted({int(i) for i in indices})
    return str(unique[:most])[:-1] + (", ...]" if len(unique) > most else "]")


def locate(got: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> str:
    """Which rows/columns (or entries) of a gradient are off, e.g. "rows [0, 3], columns [7]"."""
    off = ~within(got, expected, rtol, atol)
    where = np.nonzero(off)
    if off.ndim == 2:
        return f"rows {_listed(where[0])}, columns {_listed(where[1])}"
    if off.ndim == 1:
        return f"entries {_listed(where[0])}"
    return f"{int(off.sum())} entries"


def same_output(got: Any, expected: Any, args: tuple, output: tuple | None) -> str | None:
    """The default test of the student's forward for the note: its output equals the reference's."""
    want = pick(expected, output)
    if problem := array_problem(got, np.shape(want), "output"):
        return problem
    return None if close(got, want, 1e-7, 1e-10) else "its output differs from the reference's"


@dataclass(frozen=True)
class GradientCheck(Check):
    """Check the backward under grading (ctx.function, reference ctx.reference) on the reference's cache.

    forward, reference_forward: the student's forward (named in the note) and its reference;
        forward_module names the student's file holding the forward when it is not the file under grading.
    point: rng -> dict of named float64 tensors the gradient is taken with respect to.
    forward_args: tensors -> the forward's positional arguments (may hold RNG markers).
    grads: the backward's (validated) result -> its gradients by the tensors' names.
    output: path of the output in the forward's result (None: the result is the output).
    cache: path of the cache in the forward's result, or a function tensors -> the backward's
        second argument when that is a plain input (softmax_backward(dS, Z)).
    forward_agrees: (student's output, reference's whole result, forward args, output path) -> None when
        the student's forward is right, else why not (for the note only); default: equal outputs.
    explain: (student's grads, expected grads, backward_arg) -> a line naming the mistake, or None.
    names: the items of a tuple result in messages, as ValueCheck's ("dA has shape ...", not "gradient[0] ...").
    """

    kind: ClassVar[str] = "gradient"

    name: str = "gradient"
    points: float = 2.0
    forward: str = ""
    forward_module: str = ""
    reference_forward: Callable | None = None
    point: Callable | None = None
    forward_args: Callable = lambda t: tuple(t.values())
    grads: Callable = lambda result: result
    output: tuple | None = (0,)
    cache: tuple | Callable = (1,)
    forward_agrees: Callable = same_output
    explain: Callable | None = None
    names: tuple = ()
    rtol: float = RTOL
    atol: float = ATOL

    def _draw(self, ctx: Context) -> Point:
        rng = ctx.rng(self.name)
        tensors = {k: np.asarray(v, dtype=np.float64) for k, v in self.point(rng).items()}
        args = self.forward_args(tensors)
        with np.errstate(all="ignore"):
            result = self.reference_forward(*materialise(args))
            dout = rng.standard_normal(np.shape(pick(result, self.output)))
            backward_arg = self.cache(tensors) if callable(self.cache) else pick(result, self.cache)
            expected = ctx.reference(dout, backward_arg)
        return Point(tensors, args, result, dout, backward_arg, expected)

    def plan(self, ctx: Context) -> Plan:
        point = self._draw(ctx)
        calls = [ctx.call(self.name, "backward", (point.dout, point.backward_arg)),
                 ctx.call(self.name, "forward", point.forward_args, function=self.forward,
                          module=self.forward_module or ctx.module, pick=self.output)]
        return Plan(calls, point)

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        point: Point = plan.memo
        backward, forward = (outcomes.get(call.id) for call in plan.calls)
        problem, evidence = self._against_reference(point, backward)
        note = self._forward_note(point, forward)
        # a row's message is one line: the text feedback showed a newline as a literal \n
        if problem:
            return Verdict(0.0, problem + (f"; {note}" if note else ""), evidence)
        message = f"matches the reference gradient, on the reference {self.forward}'s cache"
        return Verdict(1.0, message + (f"; {note}" if note else ""), evidence)

    def _against_reference(self, point: Point, outcome: Outcome | None) -> tuple[str | None, tuple]:
        """The student's backward on the reference's cache against the reference backward; localised."""
        evidence = ()
        if outcome is not None and outcome.status == "ok":
            evidence = (Evidence((point.dout, point.backward_arg), {}, outcome.value),)
        if problem := outcome_problem(outcome) or value_problem(outcome.value, point.expected, self.names or "gradient"):
            return f"the backward: {problem}", evidence
        got, expected = self.grads(outcome.value), self.grads(point.expected)
        off = [k for k in point.tensors if not close(got[k], expected[k], self.rtol, self.atol)]
        if not off:
            return None, evidence
        where = "; ".join(f"the gradient for {k} is off in {locate(got[k], expected[k], self.rtol, self.atol)}"
                          for k in off)
        named = self.explain(got, expected, point.backward_arg) if self.explain else None
        return f"against the reference: {where}" + (f"; {named}" if named else ""), evidence

    def _forward_note(self, point: Point, outcome: Outcome | None) -> str | None:
        """A line saying the student's forward is wrong (so a check through it would fail), or None."""
        if outcome is None or outcome.status in _SILENT:
            return None
        if problem := outcome_problem(outcome):
            state = f"gave no result here ({problem})"
        else:
            with np.errstate(all="ignore"):
                problem = self.forward_agrees(outcome.value, point.forward_result, point.forward_args, self.output)
            state = f"is wrong here ({problem}; see its own rows)"
        if not problem:
            return None
        return (f"note: your {self.forward}() {state}, so a check of this backward against your own forward "
                f"would fail; this backward was judged against the reference forward and loses nothing for it")
