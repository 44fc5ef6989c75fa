"""Gradient check: the student's backward against central differences of the student's own forward,
and against the reference, in float64.

The scalar being differentiated is f(T) = sum(forward(T)[output] * dout) for
a fixed random `dout`, so its gradient with respect to each tensor of T is
what backward(dout, cache) returns. Central differences come from
reference/gradcheck.py, run twice over the same perturbations: once while
planning, on the reference forward, with an f that also records every
perturbed point, and once while judging, with an f that replays the
student's outputs in the same order. The student's forward runs at all the
perturbed points in one sandbox call (the helper module child_points.py,
shipped into the child), which brings back only the outputs. The student's
cache never leaves the child (Ref).

- directions=0: full coordinate check (2 forward evaluations per entry): tiny shapes only.
- directions=k: k Gaussian unit directions per tensor (2k evaluations per tensor).

The tolerance is calibrated on the reference's own noise floor: the same
check run on the reference forward/backward at the same point, times
`noise_factor`, and never below the rounding noise of a difference quotient
(about 1e4 eps / h relative). Points where the reference itself is noisy (a perturbation
crossing a ReLU kink) are redrawn, so correct code never fails. A failing
gradient is localised against the reference gradient: which tensor, which
rows and columns.

Score: half for agreeing with one's own forward, half for matching the reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, ClassVar, Mapping

import numpy as np

from grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from grader.checks.cases import materialise
from grader.checks.validate import array_problem, close, pick, value_problem
from grader.sandbox import Outcome, Ref
from reference.gradcheck import directional_gradient_check, gradient_check

_REDRAWS = 20
_POINTS_MODULE = "mlptutor_gradient_points"  # the helper's module name in the child, next to the student's files
_POINTS_SOURCE = (Path(__file__).parent / "child_points.py").read_text()
_ROUNDING = 1e4  # rounding noise of a difference quotient, in units of eps / h (measured: up to ~2e3)


@dataclass(frozen=True)
class Point:
    """Everything about one drawn point that does not depend on the student's code."""

    tensors: dict[str, np.ndarray]
    output: np.ndarray  # the reference forward's output (for shape validation)
    dout: np.ndarray
    seed: int  # seeds gradcheck's random directions, the same when planning and judging
    perturbed: list[dict[str, np.ndarray]]  # perturbed tensors of each forward call, in gradcheck's order
    backward_arg: Any  # the reference's cache (or plain input) handed to the student's backward
    expected: Any  # the reference backward's whole result
    tolerance: dict[str, float]


class _Recorder:
    """gradcheck's f while planning: records each perturbed point, returns the reference's objective."""

    def __init__(self, tensors, objective):
        self.tensors, self.objective, self.points = tensors, objective, []

    def __call__(self, point):
        self.points.append({k: np.array(v) for k, v in point.items() if v is not self.tensors[k]})
        return self.objective(point)


def _replay(values):
    """gradcheck's f while judging: the student's objective values, in recorded order."""
    values = iter(values)
    return lambda point: next(values)


def _objective(out: np.ndarray, dout: np.ndarray) -> float:
    """sum(out * dout), the scalar being differentiated, as one dot product (no temporary array, no np.sum)."""
    return float(np.vdot(out, dout))


def _listed(indices, most: int = 6) -> str:
    """'[0, 3]', or '[0, 1, 2, 3, 4, 5, ...]' when there are more than `most`."""
    unique = sorted({int(i) for i in indices})
    return str(unique[:most])[:-1] + (", ...]" if len(unique) > most else "]")


def locate(got: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> str:
    """Which rows/columns (or entries) of a gradient are off, e.g. "rows [0, 3], columns [7]"."""
    off = ~np.isclose(got, expected, rtol=rtol, atol=atol)
    where = np.nonzero(off)
    if off.ndim == 2:
        return f"rows {_listed(where[0])}, columns {_listed(where[1])}"
    if off.ndim == 1:
        return f"entries {_listed(where[0])}"
    return f"{int(off.sum())} entries"


@dataclass(frozen=True)
class GradientCheck(Check):
    """Check the backward under grading (ctx.function, reference ctx.reference) through its forward.

    forward, reference_forward: the student's forward and its reference; forward_module names the
        student's file holding the forward when it is not the file under grading.
    point: rng -> dict of named float64 tensors to differentiate (kept small unless directions > 0).
    forward_args: tensors -> the forward's positional arguments.
    grads: the backward's (validated) result -> its gradients by the tensors' names.
    output: path of the output in the forward's result (None: the result is the output).
    cache: path of the cache in the forward's result, or a function tensors -> the backward's
        second argument when that is a plain input (softmax_backward(dS, Z)).
    directions: 0 for a full coordinate check, else Gaussian unit directions per tensor.
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
    directions: int = 0
    h: float = 1e-5
    noise_factor: float = 30.0
    rtol: float = 1e-7
    atol: float = 1e-10

    def _differences(self, f, tensors, grads, seed):
        """gradcheck's relative error per tensor (full or directional), for any f."""
        if self.directions:
            return directional_gradient_check(f, tensors, grads, rng=seed, h=self.h, n_directions=self.directions)
        return gradient_check(f, tensors, grads, h=self.h)

    def _reference_forward(self, tensors, marked: bool = True):
        # a fresh generator per call from any RNG marker, so every perturbed call draws alike (dropout masks);
        # `marked=False` (no markers in the arguments) skips looking for them; numpy warnings are silenced
        # once around the whole draw
        args = self.forward_args(tensors)
        return self.reference_forward(*(materialise(args) if marked else args))

    def _draw(self, ctx: Context, rng: np.random.Generator) -> Point | None:
        """A point with the reference's expectations and noise floor; None where the reference is noisy."""
        with np.errstate(all="ignore"):
            return self._draw_quietly(ctx, rng)

    def _draw_quietly(self, ctx: Context, rng: np.random.Generator) -> Point | None:
        tensors = {k: np.asarray(v, dtype=np.float64) for k, v in self.point(rng).items()}
        result = self._reference_forward(tensors)
        out = pick(result, self.output)
        dout = rng.standard_normal(np.shape(out))
        seed = int(rng.integers(2**32))
        backward_arg = self.cache(tensors) if callable(self.cache) else pick(result, self.cache)
        expected = ctx.reference(dout, materialise(backward_arg))
        marked = materialise(args := self.forward_args(tensors)) is not args
        objective = lambda t: _objective(pick(self._reference_forward(t, marked), self.output), dout)
        recorder = _Recorder(tensors, objective)
        noise = self._differences(recorder, tensors, self.grads(expected), seed)
        if max(noise.values()) > 1e-5:  # a perturbation crossed a kink
            return None
        # the reference's noise, scaled; the floor is rounding: the student's forward sums in its own order,
        # and a difference quotient of float64 sums is only good to about eps / h relative
        floor = _ROUNDING * np.finfo(np.float64).eps / self.h
        tolerance = {k: max(self.noise_factor * v, floor) for k, v in noise.items()}
        return Point(tensors, out, dout, seed, recorder.points, backward_arg, expected, tolerance)

    def plan(self, ctx: Context) -> Plan:
        rng = ctx.rng(self.name)
        point = next((p for p in (self._draw(ctx, rng) for _ in range(_REDRAWS)) if p is not None), None)
        if point is None:
            raise ValueError(f"{ctx.exercise}.{ctx.function}: no smooth point for the gradient check "
                             f"in {_REDRAWS} draws; keep the spec's inputs away from kinks")
        own_cache = point.backward_arg if callable(self.cache) else Ref(ctx.call_id(self.name, "fwd"), self.cache)
        module = self.forward_module or ctx.module
        points = [self.forward_args({**point.tensors, **delta}) for delta in point.perturbed]
        calls = [ctx.call(self.name, "fwd", self.forward_args(point.tensors), function=self.forward,
                          module=module, pick=self.output),
                 ctx.call(self.name, "own", (point.dout, own_cache)),
                 ctx.call(self.name, "ref", (point.dout, point.backward_arg)),
                 ctx.call(self.name, "points", (module, self.forward, points, self.output),
                          function="outputs", module=_POINTS_MODULE, group=f"{module}.{self.forward}")]
        return Plan(calls, point)

    def helper_modules(self) -> dict[str, str]:
        return {_POINTS_MODULE: _POINTS_SOURCE}

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        point: Point = plan.memo
        get = lambda tag: outcomes.get(ctx.call_id(self.name, tag))
        consistent = self._own_consistency(point, get)
        against_reference, evidence = self._against_reference(point, get("ref"))
        problems = [p for p in (consistent, against_reference) if p]
        score = 1.0 - 0.5 * len(problems)
        if not problems:
            return Verdict(1.0, f"agrees with central differences of {self.forward} and with the reference", evidence)
        return Verdict(score, "; ".join(problems), evidence)

    def _own_consistency(self, point: Point, get) -> str | None:
        """Compare the student's gradient (own cache) with central differences of the student's forward."""
        fwd, points = get("fwd"), get("points")
        if problem := outcome_problem(fwd) or array_problem(fwd.value, point.output.shape, "output"):
            return f"{self.forward} on the check's input: {problem}"
        outputs = points.value if points is not None and points.ok else None
        problem = outcome_problem(points)
        if not problem and (type(outputs) is not list or len(outputs) != len(point.perturbed)):
            problem = "did not give one output per point"
        for out in [] if problem else outputs:
            if problem := array_problem(out, point.output.shape, "output"):
                break
        if problem:
            return f"{self.forward} on the perturbed inputs: {problem}"
        own = get("own")
        if problem := outcome_problem(own) or value_problem(own.value, point.expected, "gradient"):
            return f"the backward with your own cache: {problem}"
        values = [_objective(out, point.dout) for out in outputs]
        errors = self._differences(_replay(values), point.tensors, self.grads(own.value), point.seed)
        bad = [k for k in point.tensors if errors[k] > point.tolerance[k]]
        if not bad:
            return None
        k = bad[0]
        return (f"the gradient for {k} disagrees with central differences of your own {self.forward} "
                f"(relative error {errors[k]:.2g}, tolerance {point.tolerance[k]:.2g})"
                + (f"; also {', '.join(bad[1:])}" if len(bad) > 1 else ""))

    def _against_reference(self, point: Point, outcome: Outcome | None) -> tuple[str | None, tuple]:
        """The student's backward on the reference's cache against the reference backward; localised."""
        evidence = ()
        if outcome is not None and outcome.status == "ok":
            evidence = (Evidence((point.dout, point.backward_arg), {}, outcome.value),)
        if problem := outcome_problem(outcome) or value_problem(outcome.value, point.expected, "gradient"):
            return f"the backward: {problem}", evidence
        got, expected = self.grads(outcome.value), self.grads(point.expected)
        off = [k for k in point.tensors if not close(got[k], expected[k], self.rtol, self.atol)]
        if not off:
            return None, evidence
        where = "; ".join(f"the gradient for {k} is off in {locate(got[k], expected[k], self.rtol, self.atol)}"
                          for k in off)
        return f"against the reference: {where}", evidence
