"""Inputs that separate: no graded input has an answer a do-nothing body gives, and the inputs that tell
stable from unstable code are there (rows of very different scales, batch size 1, square and non-square)."""

import numpy as np
import pytest

from grader.checks.base import Context
from grader.checks.cases import materialise
from grader.checks.hygiene import HygieneCheck
from grader.checks.shape import ShapeCheck
from grader.checks.validate import leaves, pick
from grader.checks.value import ValueCheck
from grader.specs import load_specs

STUDENTS = ("s1", "s2", "alice", "bob")
# functions whose right answer is, by definition, what a do-nothing body gives: no input can separate them
TRIVIAL_BY_DEFINITION = {"identity": "the identity returns its argument", "step_grad": "the step's derivative is 0",
                         "identity_grad": "the identity's derivative is 1", "zeros": "the zeros initialiser"}
# functions with some calls whose right answer is trivial by nature (one 0/1 label; the relative error of equal
# gradients): their calls together must separate, not each one
TOGETHER = {"perceptron_predict", "relative_error"}


def planned_calls(student: str):
    """(exercise, function, call) of every shape, value and hygiene call planned for `student`, but the
    float32 call of hygiene (its answer is judged for dtype only)."""
    for spec in load_specs().values():
        for fn in spec.functions:
            ctx = Context(student, spec.name, fn.name, fn.reference)
            for check in fn.checks:
                if isinstance(check, (ShapeCheck, ValueCheck, HygieneCheck)):
                    for call in check.plan(ctx).calls:
                        if not call.id.endswith(":f32") and not call.refs():
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
    found, together = [], {}
    for exercise, function, reference, call in planned_calls(student):
        if function in TRIVIAL_BY_DEFINITION:
            continue
        args = materialise(call.args)
        with np.errstate(all="ignore"):
            answer = pick(reference(*args, **materialise(call.kwargs)), call.pick)
        why = trivial(answer, materialise(call.args))
        if function in TOGETHER:
            together.setdefault(f"{exercise}.{function}", []).append(why)
        elif why:
            found.append(f"{exercise}.{function} {call.id}: {why}")
    found += [f"{name}: every call trivial ({whys[0]})" for name, whys in together.items() if all(whys)]
    assert not found, "\n".join(found)
