"""Inputs that separate: no graded input has an answer a do-nothing body gives, and the inputs that tell
stable from unstable code are there (rows of very different scales, batch size 1, square and non-square)."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Context
from mlptutor.grader.checks.cases import materialise
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.validate import leaves, pick
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.specs import load_specs

STUDENTS = ("s1", "s2", "alice", "bob")
# functions whose right answer is the same for every input (a body computing nothing is right for them)
CONSTANT_BY_DESIGN = {("activations", "identity"), ("activations", "identity_grad"), ("activations", "step_grad"),
                      ("init", "zeros")}
# inputs kept on purpose although their answer is trivial, or not yet drawn to separate (owner's note)
KNOWN = {
    ("gradcheck", "relative_error"): "two zero vectors: the 0/0 edge case, whose answer is 0",
    ("perceptron", "perceptron_predict"): "a batch of one point, and points that may all fall on one side: "
                                          "the perceptron spec should draw both labels",
    ("clipping", "clip_by_global_norm"): "all-zero gradients, the hygiene's extreme case: a norm of 0 is the "
                                         "input that shows max_norm / norm warning; its answer is zeros",
}


def planned_calls(student: str):
    """(exercise, function, call) of every shape, value and hygiene call planned for `student`, but the
    float32 call of hygiene (its answer is judged for dtype only)."""
    for spec in load_specs().values():
        for fn in spec.functions:
            ctx = Context(student, spec.name, fn.name, fn.reference)
            for check in fn.checks:
                if isinstance(check, (ShapeCheck, ValueCheck, HygieneCheck)):
                    for call in check.plan(ctx).calls:  # not the calls through a helper (gradcheck's known functions)
                        if call.function == fn.name and not call.id.endswith(":f32") and not call.refs():
                            yield spec.name, fn.name, fn.reference, call


def _numbers(value):
    return [np.asarray(v, dtype=np.float64) for _, v in leaves(value)
            if isinstance(v, (np.ndarray, float, int)) and not isinstance(v, bool)]


def trivial(answer, args) -> str | None:
    """Why a do-nothing body would give `answer` on `args`: all zeros, one constant repeated, NaN, an argument."""
    numbers = _numbers(answer)
    if not numbers:
        return None
    flat = np.concatenate([n.ravel() for n in numbers])
    if np.isnan(flat).all() or not flat.any():
        return "all zeros or NaN"
    if flat.size > 1 and (flat == flat[0]).all():
        return f"the constant {flat[0]} everywhere"
    for i, arg in enumerate(args):
        mine = _numbers(arg)
        if len(mine) == len(numbers) and all(a.shape == b.shape and np.array_equal(a, b) for a, b in zip(mine, numbers)):
            return f"argument {i + 1} unchanged"
    return None


@pytest.mark.parametrize("student", STUDENTS)
def test_no_graded_input_has_an_answer_a_do_nothing_body_gives(student):
    found = []
    for exercise, function, reference, call in planned_calls(student):
        if (exercise, function) in CONSTANT_BY_DESIGN or (exercise, function) in KNOWN:
            continue
        args = materialise(call.args)
        with np.errstate(all="ignore"):
            answer = pick(reference(*args, **materialise(call.kwargs)), call.pick)
        if why := trivial(answer, materialise(call.args)):
            found.append(f"{exercise}.{function} {call.id}: {why}")
    assert not found, "\n".join(found)
