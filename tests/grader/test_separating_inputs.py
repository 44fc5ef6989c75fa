"""Inputs that separate: no ordinary graded input has an answer a do-nothing body gives, and the inputs that tell
stable from unstable code are there (rows of very different scales, batch size 1, square and non-square).

Edge cases (grader/checks/edge.py: an empty batch, eta = 0, a product of 0) may have such an answer: their row
counts only with right ordinary values, so a do-nothing body that is right on every edge case still earns nothing."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Context
from mlptutor.grader.checks.cases import as_case, materialise, run_trusted
from mlptutor.grader.checks.edge import EdgeCheck
from mlptutor.grader.checks.validate import leaves, pick
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


ORDINARY = ("shape", "value", "hygiene")  # the kinds of check whose inputs are ordinary cases (not edge cases)


def planned_calls(student: str):
    """(exercise, function, call) of every shape, value and hygiene call planned for `student`, but the
    float32 call of hygiene (its answer is judged for dtype only)."""
    for spec in load_specs().values():
        for fn in spec.functions:
            ctx = Context(student, spec.name, fn.name, fn.reference)
            for check in fn.checks:
                if check.kind in ORDINARY:
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


# a do-nothing body of each function with edge cases, right on every one of them (an edge case's answer may be what
# doing nothing gives): zeros of the input, a product of 0, the parameters copied unchanged
RIGHT_ON_EDGES = {
    "activations": "return np.zeros_like(np.asarray(args[0], dtype=np.float64))",
    "experiments.derivative_product": "return 0.0",
    "init.hidden_unit_spread": "return 0.0",  # copies of one unit, a single unit
    "optim.sgd_step": "return dict(args[0])",
    # an empty batch: a loss of no examples is NaN, a gradient has no rows
    **{f"losses.{loss}": "return float('nan')" for loss in ("mse", "bce", "cross_entropy_with_logits")},
    **{f"losses.{loss}_grad": "return np.zeros_like(args[0])" for loss in ("mse", "bce", "cross_entropy_with_logits")},
}


def edge_functions():
    """(exercise, function spec, its EdgeCheck) of every function with edge cases."""
    return [(spec.name, fn, check) for spec in load_specs().values() for fn in spec.functions
            for check in fn.checks if isinstance(check, EdgeCheck)]


def test_edge_cases_are_not_ordinary_inputs():
    assert edge_functions() and all(check.kind not in ORDINARY for _, _, check in edge_functions())


def test_a_do_nothing_body_right_on_every_edge_case_earns_nothing(grader):
    edges = edge_functions()
    sources = {}
    for exercise, fn, check in edges:
        code = f"def {fn.name}(*args, **kwargs):\n    {RIGHT_ON_EDGES.get(f'{exercise}.{fn.name}') or RIGHT_ON_EDGES[exercise]}\n"
        namespace = {"np": np}
        exec(code, namespace)  # our own body, run here to show it is right on every edge case
        for case in map(as_case, check.fixed):
            got, expected = (_numbers(run_trusted(f, case)) for f in (namespace[fn.name], fn.reference))
            assert len(got) == len(expected) and all(g.shape == e.shape and np.array_equal(g, e, equal_nan=True)
                                                     for g, e in zip(got, expected)), (exercise, fn.name, case)
        sources[exercise] = sources.get(exercise, "import numpy as np\n\n") + code + "\n\n"
    report = grader.grade(sources, student="s1")
    graded = {(exercise, fn.name) for exercise, fn, _ in edges} - CONSTANT_BY_DESIGN
    rows = [r for r in report.checks if (r.exercise, r.function) in graded]
    assert {(r.exercise, r.function) for r in rows if r.kind == "edge"} == graded
    earning = [f"{r.exercise}.{r.function} {r.check}: {r.points} ({r.message})" for r in rows if r.points]
    assert not earning, "\n".join(earning)
    # each edge row says why: the body does nothing, or (a catalogued mistake explains the values) none is right
    why = ("no points on any check", "edge-case points need correct values (no call's result is right)")
    assert all(any(w in r.message for w in why) for r in rows if r.kind == "edge")
