"""The scoring policy (README "Scoring policy"): points mean correctness, inputs that separate, hygiene on
every call, float64 in and out, one tolerance. Each rule: a wrong solution that fails with the expected
diagnosis; the correct ones (tests/solutions, and the independent styles in test_independent_solutions.py)
keep full marks."""

import numpy as np
import pytest

from mlptutor.grader.checks import tolerance
from mlptutor.grader.specs import load_specs
from test_separating_inputs import CONSTANT_BY_DESIGN

import apart

# do-nothing bodies, written for any signature: zeros or NaN of the first argument's shape, a constant,
# the first argument unchanged
DO_NOTHING = {
    "zeros": "return np.zeros_like(args[0])",
    "nan": "return np.full(np.shape(args[0]), np.nan)",
    "constant": "return 0.5",
    "argument": "return args[0]",
}


def _earning(grader, body: str) -> list[str]:
    """The rows that earn points when every function of every exercise has the do-nothing `body`."""
    specs = load_specs()
    sources = {name: "import numpy as np\n\n" + "".join(
        f"def {fn.name}(*args, **kwargs):\n    {DO_NOTHING[body]}\n\n\n" for fn in spec.functions)
        for name, spec in specs.items()}
    report = grader.grade(sources, student="s1")
    return [f"{r.exercise}.{r.function} {r.check}: {r.points} ({r.message})" for r in report.checks
            if r.points and (r.exercise, r.function) not in CONSTANT_BY_DESIGN]


def begin_apart(items) -> None:
    """Grade the collected bodies' submissions in the second process (tests/apart.py): 15-17 s each."""
    for item in items:
        if item.originalname == "test_a_do_nothing_body_scores_zero_on_every_check_of_every_exercise":
            apart.begin(("do-nothing", item.callspec.params["body"]), _earning, item.callspec.params["body"])


@pytest.mark.parametrize("body", DO_NOTHING)
def test_a_do_nothing_body_scores_zero_on_every_check_of_every_exercise(grader, body):
    earning = apart.take(("do-nothing", body), grader, _earning, body)
    assert not earning, "\n".join(earning)


def test_a_do_nothing_body_is_named_in_one_line(grader, with_code, rows_of):
    code = """
        def log_softmax(Z):
            return np.zeros_like(Z)

        def softmax_cross_entropy_grad(logits, Y):
            return logits
    """
    report = grader.grade({"softmax": with_code("softmax", code)})
    zeros, argument = rows_of(report, "log_softmax"), rows_of(report, "softmax_cross_entropy_grad")
    # a relation's row does not repeat its title ("this is what ... gives"): the message says it already
    assert {r.message for r in zeros.values()} == {"returns zeros for every input: no points on any check"}
    assert {r.message for r in argument.values()} == {
        "returns its argument 1 (logits) unchanged for every input: no points on any check"}
    assert {r.mistake for r in [*zeros.values(), *argument.values()]} == {"relation:same-for-every-input"}
    assert all(r.points == 0 for r in [*zeros.values(), *argument.values()])
    assert rows_of(report, "softmax")["hygiene"].passed  # the other functions keep their points


def test_shape_and_hygiene_points_need_correct_values(grader, with_code, rows_of):
    code = """
        def relu(z):
            return np.maximum(z, 0) * 2  # right shape, no warning, no mutation: wrong values
    """
    rows = rows_of(grader.grade({"activations": with_code("activations", code)}), "relu")
    assert rows["value"].points == 0
    assert rows["shape"].points == 0 and rows["shape"].message.startswith("0 of 1: shape points need correct values")
    assert rows["hygiene"].points == 0 and rows["hygiene"].message.startswith("0 of 1: robustness points need correct")


def test_a_function_changing_its_argument_and_restoring_it_on_the_next_call_is_caught(grader, with_code, rows_of):
    code = """
        _last = []

        def softmax(Z):
            if _last:  # undo what the previous call did to its argument
                previous, saved = _last.pop()
                previous[...] = saved
            _last.append((Z, Z.copy()))
            Z -= Z.max(axis=-1, keepdims=True)
            E = np.exp(Z)
            return E / E.sum(axis=-1, keepdims=True)
    """
    rows = rows_of(grader.grade({"softmax": with_code("softmax", code)}), "softmax")
    # right values, but every call left its Z changed: every row keeps half its points and says so
    assert all(r.points == r.max_points / 2 for r in rows.values())
    assert all("argument 1 (Z) was modified in place" in r.message for r in rows.values())


def test_a_backward_changing_its_argument_is_caught_on_any_call(grader, with_code, rows_of):
    code = """
        def dropout_backward(dout, cache):
            dout *= cache["mask"]
            return dout
    """
    rows = rows_of(grader.grade({"regularization": with_code("regularization", code)}), "dropout_backward")
    assert not rows["hygiene"].passed and "argument 1 (dout) was modified in place" in rows["hygiene"].message


@pytest.mark.parametrize("exercise, function, code", [
    ("softmax", "softmax", """
        def softmax(Z):
            E = np.exp(Z - np.max(Z))  # one maximum for the whole batch
            return E / E.sum(axis=-1, keepdims=True)
    """),
    ("softmax", "log_softmax", """
        def log_softmax(Z):
            shifted = Z - np.max(Z)
            return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    """),
    ("softmax", "softmax_cross_entropy_grad", """
        def softmax_cross_entropy_grad(logits, Y):
            E = np.exp(logits - np.max(logits))
            return (E / E.sum(axis=-1, keepdims=True) - Y) / logits.shape[0]
    """),
    ("losses", "cross_entropy_with_logits", """
        def cross_entropy_with_logits(Z, Y):
            shifted = Z - np.max(Z)
            return float(-np.sum(Y * (shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True)))) / Z.shape[0])
    """),
])
def test_a_shift_by_the_batch_maximum_fails(grader, with_code, rows_of, exercise, function, code):
    rows = rows_of(grader.grade({exercise: with_code(exercise, code)}), function)
    assert sum(r.points for r in rows.values()) < sum(r.max_points for r in rows.values())
    failing = [r for r in rows.values() if not r.passed]
    assert any("NaN or inf" in r.message or "entries off" in r.message for r in failing)


def test_log_of_softmax_fails_on_classes_far_below_the_row_maximum(grader, with_code, rows_of):
    code = """
        def log_softmax(Z):
            return np.log(softmax(Z))
    """
    rows = rows_of(grader.grade({"softmax": with_code("softmax", code)}), "log_softmax")
    assert not rows["hygiene"].passed
    assert "divide by zero encountered in log" in rows["hygiene"].message or "NaN or inf" in rows["hygiene"].message


def test_a_runtime_warning_on_promised_inputs_costs_hygiene(grader, with_code, rows_of):
    code = """
        def sigmoid(z):
            return 1 / (1 + np.exp(-z))
    """
    rows = rows_of(grader.grade({"activations": with_code("activations", code)}), "sigmoid")
    assert rows["value"].passed and not rows["hygiene"].passed
    assert "on large inputs: RuntimeWarning: overflow encountered in exp (activations.py line" in rows["hygiene"].message


def test_a_warning_the_student_silences_is_not_counted(grader, with_code, rows_of):
    code = """
        def sigmoid(z):
            with np.errstate(over="ignore"):
                return 1 / (1 + np.exp(-z))
    """
    rows = rows_of(grader.grade({"activations": with_code("activations", code)}), "sigmoid")
    assert all(r.passed for r in rows.values())


def test_float64_in_float32_out_fails(grader, with_code, rows_of):
    code = """
        def dense_forward(A, W, b):
            Z = (A @ W + b).astype(np.float32)
            return Z, (A, W, b)
    """
    rows = rows_of(grader.grade({"layers": with_code("layers", code)}), "dense_forward")
    assert not rows["value"].passed
    assert "dtype float32, expected float64: the right result is float64 on these inputs" in rows["value"].message


def test_a_relative_min_delta_fails(grader, with_code, rows_of):
    code = """
        def early_stopping(val_losses, patience, min_delta=0.0):
            best, best_epoch, wait = np.inf, 0, 0
            for epoch, loss in enumerate(val_losses):
                if loss < best * (1 - min_delta):
                    best, best_epoch, wait = loss, epoch, 0
                else:
                    wait += 1
                if wait >= patience:
                    return epoch, best_epoch
            return len(val_losses) - 1, best_epoch
    """
    row = rows_of(grader.grade({"early_stopping": with_code("early_stopping", code)}), "early_stopping")["behaviour"]
    assert not row.passed and ("min_delta on losses near" in row.message or "losses far from 1" in row.message)


def test_the_tolerance_is_relative_to_the_reference_and_its_scale():
    expected = np.array([1.0, 1e-300, 1000.0])
    assert tolerance.allclose(expected * (1 + 5e-10), expected)  # a correct solution's rounding
    assert not tolerance.allclose(expected.astype(np.float32).astype(np.float64) * (1 + 3e-8), expected)
    assert tolerance.allclose([1.0, 1e-8, 1000.0], expected)  # 1e-8 is far below the array's scale
    assert not tolerance.allclose([1.0, 0.0, np.nan], expected)
