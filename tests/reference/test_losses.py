import warnings

import numpy as np
import pytest
import sympy as sp

from mlptutor.reference import losses
from mlptutor.reference.activations import sigmoid
from mlptutor.reference.gradcheck import numerical_gradient, relative_error
from mlptutor.reference.softmax import softmax

RNG = np.random.default_rng(0)
N, K = 4, 3
Y_ONE_HOT = np.eye(K)[[0, 2, 1, 2]]
Y_BINARY = RNG.integers(0, 2, (N, K)).astype(float)
P_INTERIOR = RNG.uniform(0.05, 0.95, (N, K))  # away from the clipping at EPS
LOGITS = RNG.standard_normal((N, K)) * 2

CASES = {
    "mse": (RNG.standard_normal((N, K)), RNG.standard_normal((N, K))),
    "bce": (P_INTERIOR, Y_BINARY),
    "bce_with_logits": (LOGITS, Y_BINARY),
    "cross_entropy": (softmax(LOGITS), Y_ONE_HOT),
    "cross_entropy_with_logits": (LOGITS, Y_ONE_HOT),
}


@pytest.mark.parametrize("name", sorted(losses.LOSSES))
def test_gradient_matches_central_differences(name):
    loss = losses.get_loss(name)
    Y_hat, Y = CASES[name]
    assert relative_error(loss.grad(Y_hat, Y), numerical_gradient(lambda p: loss.value(p, Y), Y_hat)) < 1e-7


def test_per_element_gradients_match_sympy():
    yh, y, z = sp.symbols("yh y z", real=True)
    per_element = {  # N = 1, K = 1: the loss of a single number
        "mse": (yh - y) ** 2 / 2,
        "bce": -(y * sp.log(yh) + (1 - y) * sp.log(1 - yh)),
        "bce_with_logits": -(y * sp.log(1 / (1 + sp.exp(-yh))) + (1 - y) * sp.log(1 - 1 / (1 + sp.exp(-yh)))),
        "cross_entropy": -y * sp.log(yh),
    }
    for name, expr in per_element.items():
        loss = losses.get_loss(name)
        for prediction, target in ((0.3, 1.0), (0.8, 0.0), (0.6, 0.25)):
            point = {yh: prediction, y: target}
            args = (np.array([[prediction]]), np.array([[target]]))
            assert loss.value(*args) == pytest.approx(float(expr.subs(point)), rel=1e-12)
            assert loss.grad(*args)[0, 0] == pytest.approx(float(sp.diff(expr, yh).subs(point)), rel=1e-12)


def test_logit_forms_equal_the_probability_forms():
    assert losses.bce_with_logits(LOGITS, Y_BINARY) == pytest.approx(losses.bce(sigmoid(LOGITS), Y_BINARY))
    assert losses.cross_entropy_with_logits(LOGITS, Y_ONE_HOT) == pytest.approx(losses.cross_entropy(softmax(LOGITS), Y_ONE_HOT))


def test_worked_examples_of_the_notes():
    assert losses.cross_entropy_with_logits(np.array([[2.0, 1.0, 0.1]]), np.array([[1.0, 0, 0]])) == pytest.approx(0.417, abs=5e-4)
    assert losses.cross_entropy(np.array([[0.99, 0.01]]), np.array([[1.0, 0]])) == pytest.approx(0.01, abs=5e-4)
    assert losses.cross_entropy(np.array([[0.01, 0.99]]), np.array([[1.0, 0]])) == pytest.approx(4.6, abs=0.01)
    # the scalar example: y_hat = 1.5, y = 3 gives L = (1.5 - 3)^2 / 2 and dL/dy_hat = -1.5
    assert losses.mse(np.array([[1.5]]), np.array([[3.0]])) == pytest.approx(1.125)
    assert losses.mse_grad(np.array([[1.5]]), np.array([[3.0]]))[0, 0] == pytest.approx(-1.5)


def test_every_loss_is_a_mean_over_the_batch():
    for name, (Y_hat, Y) in CASES.items():
        loss = losses.get_loss(name)
        doubled = (np.concatenate([Y_hat, Y_hat]), np.concatenate([Y, Y]))
        assert loss.value(*doubled) == pytest.approx(loss.value(Y_hat, Y))
        np.testing.assert_allclose(loss.grad(*doubled)[:N], loss.grad(Y_hat, Y) / 2)


def test_logits_of_magnitude_1e4_give_finite_losses_and_gradients():
    Z = np.array([[1e4, -1e4, 0.0], [-1e4, 1e4, 1e4]])
    Y = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        values = [losses.bce_with_logits(Z, Y), losses.cross_entropy_with_logits(Z, Y)]
        grads = [losses.bce_with_logits_grad(Z, Y), losses.cross_entropy_with_logits_grad(Z, Y)]
    assert values[1] == pytest.approx((2e4 + 2e4 + np.log(2)) / 2)  # -log_softmax of the true logits
    assert all(np.isfinite(v) for v in values) and all(np.all(np.isfinite(g)) for g in grads)


def test_probabilities_of_exactly_0_and_1_are_clipped_not_infinite():
    P, Y = np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]])
    with np.errstate(all="raise"):
        assert np.isfinite(losses.bce(P, Y)) and np.isfinite(losses.cross_entropy(P, Y))
        assert np.all(np.isfinite(losses.bce_grad(P, Y)))


def test_shape_mismatch_is_one_clear_error_not_silent_broadcasting():
    with pytest.raises(ValueError, match=r"mse: predictions \(4, 1\) and targets \(4,\) must have the same"):
        losses.mse(np.zeros((4, 1)), np.zeros(4))
    with pytest.raises(ValueError, match="unknown loss 'hinge': use one of mse, bce"):
        losses.get_loss("hinge")


def test_categorical_losses_need_one_row_per_example():
    for name in ("cross_entropy", "cross_entropy_with_logits"):
        with pytest.raises(ValueError, match=r"must be \(N, K\), one row per example"):
            losses.get_loss(name).grad(np.array([0.7, 0.2, 0.1]), np.array([1.0, 0.0, 0.0]))


@pytest.mark.parametrize("name", sorted(losses.LOSSES))
def test_an_empty_batch_gives_a_nan_loss_and_empty_gradients_without_warnings(name):
    """N = 0: the mean of no examples is NaN (the module docstring's promise), the gradient has 0 rows; no 0 / 0
    warning on the way (the edge check kind fails a function that warns on an input its docstring allows)."""
    loss = losses.get_loss(name)
    empty = (np.zeros((0, K)), np.zeros((0, K)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value, grad = loss.value(*empty), loss.grad(*empty)
    assert type(value) is float and np.isnan(value)
    assert grad.shape == (0, K) and grad.dtype == np.float64
