"""Issue 9.6: valid conventions pass, and the conventions checks rely on are the docstrings' ones.

Dropout is judged by what defines it, so every correct mask drawn from the given generator gets full
marks and each usual slip fails with its name; derivatives are never evaluated exactly at a kink, so
relu'(0) = 1 (or leaky_relu'(0) = 1) costs nothing.
"""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Context
from mlptutor.grader.specs import load_specs


def dropout(draw, scale="1 - p", eval_mask="np.ones_like(A)"):
    """A dropout_forward keeping the units where `draw` is true (a boolean or 0/1 array of A's shape)."""
    return f"""
        def dropout_forward(A, p, rng, mode="train"):
            if mode == "eval":
                mask = {eval_mask}
            else:
                mask = ({draw}).astype(float) / ({scale})
            return A * mask, {{"mask": mask}}
    """


CORRECT_MASKS = {
    "random < 1 - p": "rng.random(A.shape) < 1 - p",
    "random >= p": "rng.random(A.shape) >= p",
    "uniform > p": "rng.uniform(size=A.shape) > p",
    "binomial": "rng.binomial(1, 1 - p, size=A.shape)",
    "choice": "rng.choice([0.0, 1.0], size=A.shape, p=[p, 1 - p])",
    "transposed draw": "rng.random(A.shape[::-1]).T >= p",
    "column-major draw": "(rng.random(A.size) >= p).reshape(A.shape, order='F')",
}


def dropout_rows(grader, with_code, code):
    report = grader.grade({"regularization": with_code("regularization", code)}, only=["regularization"])
    return {(r.function, r.check): r for r in report.checks if r.function.startswith("dropout")}


@pytest.mark.parametrize("rule", sorted(CORRECT_MASKS))
def test_every_correct_mask_from_the_generator_gets_full_marks(grader, with_code, rule):
    rows = dropout_rows(grader, with_code, dropout(CORRECT_MASKS[rule]))
    assert all(r.passed for r in rows.values()), [(k, r.message) for k, r in rows.items() if not r.passed]


WRONG = {
    "no rescale": (dropout("rng.random(A.shape) < 1 - p", scale="1"), ("value", "behaviour"), "no rescale"),
    "p as keep probability": (dropout("rng.uniform(size=A.shape) < p", scale="p"), ("value", "behaviour"),
                              "taken as the keep probability"),
    "active at eval": (dropout("rng.random(A.shape) < 1 - p", eval_mask="(rng.random(A.shape) < 1 - p) / (1 - p)"),
                       ("value", "behaviour"), "active at eval"),
    "scaled at eval": (dropout("rng.random(A.shape) < 1 - p", eval_mask="np.full(A.shape, 1 - p)"),
                       ("value", "behaviour"), "scaled at eval"),
    "global np.random": (dropout("np.random.random(A.shape) >= p"), ("behaviour",), "not np.random"),
    "fixed seed": (dropout("np.random.default_rng(0).random(A.shape) >= p"), ("behaviour",), "not np.random"),
    "out is not A * mask": ("""
        def dropout_forward(A, p, rng, mode="train"):
            mask = (rng.random(A.shape) >= p) / (1 - p) if mode == "train" else np.ones_like(A)
            return A * (mask > 0), {"mask": mask}
    """, ("value",), "out must be A * mask"),
}


@pytest.mark.parametrize("slip", sorted(WRONG))
def test_a_wrong_dropout_fails_with_its_name(grader, with_code, slip):
    code, checks, words = WRONG[slip]
    rows = dropout_rows(grader, with_code, code)
    for check in checks:
        row = rows["dropout_forward", check]
        assert not row.passed and words in row.message, (check, row.message)


@pytest.mark.parametrize("code, words", [
    ("""
        def dropout_backward(dout, cache):
            return dout * (np.random.random(dout.shape) >= 0.4) / 0.6
     """, "different mask"),
    ("""
        def dropout_backward(dout, cache):
            return dout * (cache["mask"] > 0)
     """, "unscaled mask"),
], ids=["redrawn mask", "unscaled mask"])
def test_a_backward_not_through_the_forwards_mask_is_named(grader, with_code, code, words):
    rows = dropout_rows(grader, with_code, code)
    row = rows["dropout_backward", "gradient"]
    assert not row.passed and words in row.message, row.message
    assert not rows["dropout_backward", "value"].passed


def test_a_dropout_backward_keeps_full_marks_next_to_a_wrong_forward(grader, with_code):
    rows = dropout_rows(grader, with_code, dropout("rng.random(A.shape) < 1 - p", scale="1"))
    backward = [r for (f, _), r in rows.items() if f == "dropout_backward"]
    assert all(r.passed for r in backward)
    assert "note: your dropout_forward() is wrong" in rows["dropout_backward", "gradient"].message


KINK_SIDE_ONE = """
    def relu_grad(z):
        return np.where(np.asarray(z) >= 0, 1.0, 0.0)

    def leaky_relu_grad(z, alpha=0.01):
        return np.where(np.asarray(z) >= 0, 1.0, alpha)
"""


def test_the_other_side_at_a_kink_gets_full_marks(grader, with_code):
    report = grader.grade({"activations": with_code("activations", KINK_SIDE_ONE)})
    assert report.score == report.max_score, [(r.function, r.check, r.message) for r in report.checks if not r.passed]


def test_backprop_with_relu_derivative_one_at_zero_gets_full_marks(grader, solution, with_code):
    code = """
        _derivative_right = _derivative

        def _derivative(z, name):
            return (z >= 0).astype(np.float64) if name == "relu" else _derivative_right(z, name)
    """
    report = grader.grade({"backprop": with_code("backprop", code), "mlp": solution("mlp")}, only=["backprop"])
    assert report.score == report.max_score, [(r.check, r.message) for r in report.checks if not r.passed]


def test_a_wrong_derivative_away_from_the_kink_still_fails(grader, with_code, rows_of):
    code = """
        def relu_grad(z):
            return np.where(np.asarray(z) > 0.5, 1.0, 0.0)
    """
    rows = rows_of(grader.grade({"activations": with_code("activations", code)}), "relu_grad")
    assert not rows["value"].passed


def _leaves(value):
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, (tuple, list)):
        return [x for v in value for x in _leaves(v)]
    return [value] if isinstance(value, np.ndarray) else []


@pytest.mark.parametrize("function", ["relu_grad", "leaky_relu_grad"])
def test_no_derivative_is_evaluated_exactly_at_a_kink(function):
    spec = next(f for f in load_specs()["activations"].functions if f.name == function)
    for student in ("ann", "bob", "cy"):
        ctx = Context(student, "activations", function, spec.reference)
        arrays = [a for check in spec.checks for call in check.plan(ctx).calls for a in _leaves(call.args)]
        assert arrays and not any(np.any(a == 0) for a in arrays)


def test_the_documented_dense_cache_is_checked(grader, with_code, rows_of):
    code = """
        def dense_forward(A, W, b):
            return A @ W + b, (W, A, b)
    """
    rows = rows_of(grader.grade({"layers": with_code("layers", code)}), "dense_forward")
    assert rows["value"].passed and not rows["cache"].passed
    assert "(A, W, b)" in rows["cache"].message


def test_min_delta_is_absolute_as_documented(grader, with_code, rows_of):
    code = """
        def early_stopping(val_losses, patience, min_delta=0.0):
            best, best_epoch, wait = float("inf"), 0, 0
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
    assert not row.passed and "losses far from 1" in row.message
