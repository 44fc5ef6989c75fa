import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings, strategies as st
from hypothesis.extra.numpy import array_shapes

from mlptutor.reference.gradcheck import gradient_check, numerical_gradient, relative_error
from mlptutor.reference.regularization import dropout_backward, dropout_forward, l2_gradient, l2_penalty, weight_decay_step


def _params(seed=0):
    rng = np.random.default_rng(seed)
    return {"W1": rng.standard_normal((3, 4)), "b1": rng.standard_normal(4),
            "W2": rng.standard_normal((4, 2)), "b2": rng.standard_normal(2)}


def test_penalty_counts_weights_only():
    params = {"W1": np.array([[1.0, 2.0]]), "b1": np.array([100.0]), "W2": np.array([3.0])}
    assert l2_penalty(params, 0.1) == pytest.approx(0.05 * 14)


def test_gradient_matches_sympy():
    w = sp.symbols("w0:4")
    b = sp.Symbol("b")
    lam = sp.Rational(3, 10)
    penalty = lam / 2 * sum(x**2 for x in w)  # b is not penalised
    values = {w[0]: 1.5, w[1]: -2.0, w[2]: 0.25, w[3]: 3.0, b: 7.0}
    expected = [float(sp.diff(penalty, s).subs(values)) for s in (*w, b)]
    grads = l2_gradient({"W1": np.array([[1.5, -2.0], [0.25, 3.0]]), "b1": np.array([7.0])}, 0.3)
    np.testing.assert_allclose([*grads["W1"].ravel(), *grads["b1"]], expected)


def test_gradient_matches_central_differences():
    params = _params()
    errors = gradient_check(lambda p: l2_penalty(p, 0.7), params, l2_gradient(params, 0.7))
    assert max(errors.values()) < 1e-7


def test_weight_decay_worked_example():
    assert weight_decay_step({"W1": 4.0}, {"W1": 0.0}, 0.1, 0.01)["W1"] == pytest.approx(3.996)


def test_weight_decay_is_a_step_on_the_penalised_loss_and_spares_biases():
    params, rng = _params(), np.random.default_rng(5)
    data = {k: rng.standard_normal(v.shape) for k, v in params.items()}
    new = weight_decay_step(params, data, 0.1, 0.5)
    np.testing.assert_allclose(new["W1"], 0.95 * params["W1"] - 0.1 * data["W1"])
    np.testing.assert_allclose(new["b1"], params["b1"] - 0.1 * data["b1"])


def test_dropout_mask_follows_the_documented_draw():
    A = np.arange(1.0, 13.0).reshape(3, 4)
    out, cache = dropout_forward(A, 0.25, np.random.default_rng(7))
    keep = np.random.default_rng(7).random(A.shape) >= 0.25
    np.testing.assert_allclose(out, np.where(keep, A / 0.75, 0.0))
    np.testing.assert_array_equal(cache["mask"], keep / 0.75)


def test_dropout_eval_is_identity_and_draws_nothing():
    rng = np.random.default_rng(0)
    A = np.ones((2, 3))
    out, cache = dropout_forward(A, 0.5, rng, mode="eval")
    np.testing.assert_array_equal(out, A)
    assert rng.random() == np.random.default_rng(0).random()


def test_dropout_keeps_the_expected_activation():
    out, _ = dropout_forward(np.ones((200, 500)), 0.3, np.random.default_rng(1))
    assert np.mean(out == 0) == pytest.approx(0.3, abs=0.01)
    assert out.mean() == pytest.approx(1.0, abs=0.02)


def test_dropout_backward_matches_central_differences():
    rng = np.random.default_rng(2)
    A, G = rng.standard_normal((4, 5)), rng.standard_normal((4, 5))
    _, cache = dropout_forward(A, 0.4, np.random.default_rng(3))
    numeric = numerical_gradient(lambda a: np.sum(dropout_forward(a, 0.4, np.random.default_rng(3))[0] * G), A)
    assert relative_error(dropout_backward(G, cache), numeric) < 1e-7


@pytest.mark.parametrize("p, mode", [(1.0, "train"), (-0.1, "train"), (0.5, "test")])
def test_dropout_rejects_bad_settings(p, mode):
    with pytest.raises(ValueError):
        dropout_forward(np.ones(3), p, np.random.default_rng(0), mode=mode)


@settings(max_examples=30, deadline=None)
@given(array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5), st.floats(0.0, 0.9), st.integers(0, 99))
def test_dropout_shapes_and_values(shape, p, seed):
    A = np.random.default_rng(seed).standard_normal(shape)
    out, cache = dropout_forward(A, p, np.random.default_rng(seed))
    assert out.shape == cache["mask"].shape == dropout_backward(A, cache).shape == shape
    assert np.all((out == 0) | np.isclose(out, A / (1 - p)))
