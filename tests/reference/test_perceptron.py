import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings, strategies as st

from mlptutor.reference.data import blobs, linear
from mlptutor.reference.gradcheck import gradient_check
from mlptutor.reference.perceptron import (fit_neuron, neuron_forward, neuron_gd_step, neuron_gradient, neuron_loss,
                                  perceptron_predict, perceptron_step, train_perceptron)

GATE_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def test_step_fires_at_zero_and_above():
    np.testing.assert_array_equal(perceptron_predict(GATE_INPUTS, np.array([1.0, 1.0]), -1.0), [0, 1, 1, 1])


def test_rule_moves_only_on_mistakes():
    w, b = perceptron_step(np.array([1.0, -1.0]), 0.0, np.array([0.0, 2.0]), 1.0, eta=0.5)
    np.testing.assert_allclose(w, [1.0, 0.0])
    assert b == pytest.approx(0.5)
    w2, b2 = perceptron_step(w, b, np.array([3.0, 0.0]), 1.0, eta=0.5)
    np.testing.assert_array_equal(w2, w)
    assert b2 == b


@pytest.mark.parametrize("targets", [[0, 0, 0, 1], [0, 1, 1, 1], [1, 1, 1, 0]])
def test_learns_linearly_separable_gates(targets):
    result = train_perceptron(GATE_INPUTS, np.array(targets, dtype=float))
    assert result["converged"] and result["mistakes"][-1] == 0
    np.testing.assert_array_equal(perceptron_predict(GATE_INPUTS, result["w"], result["b"]), targets)


def test_cannot_learn_xor():
    result = train_perceptron(GATE_INPUTS, np.array([0.0, 1.0, 1.0, 0.0]), max_epochs=50)
    assert not result["converged"] and result["epochs"] == 50


def test_converges_on_separable_blobs():
    X, y = blobs(30, np.random.default_rng(0))
    result = train_perceptron(X, y)
    assert result["converged"]
    np.testing.assert_array_equal(perceptron_predict(X, result["w"], result["b"]), y)


def _data(seed=1):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((6, 2)), (rng.random(6) > 0.5).astype(float), rng.standard_normal(2), 0.3


def test_logistic_gradient_matches_sympy():
    X, y, w, b = _data()
    ws, bs = sp.symbols("w0 w1"), sp.Symbol("b")
    loss = 0
    for x, t in zip(X.tolist(), y.tolist()):
        p = 1 / (1 + sp.exp(-(ws[0] * x[0] + ws[1] * x[1] + bs)))
        loss += -(t * sp.log(p) + (1 - t) * sp.log(1 - p)) / len(y)
    point = {ws[0]: w[0], ws[1]: w[1], bs: b}
    expected = [float(sp.diff(loss, s).subs(point)) for s in (*ws, bs)]
    dw, db = neuron_gradient(X, y, w, b, "logistic")
    np.testing.assert_allclose([*dw, db], expected, rtol=1e-10)
    assert neuron_loss(X, y, w, b, "logistic") == pytest.approx(float(loss.subs(point)))


@pytest.mark.parametrize("model", ["linear", "logistic"])
def test_gradient_matches_central_differences(model):
    X, y, w, b = _data(2)
    dw, db = neuron_gradient(X, y, w, b, model)
    errors = gradient_check(lambda p: neuron_loss(X, y, p["w"], p["b"], model),
                            {"w": w, "b": np.array(b)}, {"w": dw, "b": np.array(db)})
    assert max(errors.values()) < 1e-7


def test_linear_neuron_is_half_mse_and_recovers_the_line():
    X, t = linear(100, np.random.default_rng(3), noise=0.0)
    assert neuron_loss(X, t, np.zeros(2), 0.0, "linear") == pytest.approx(np.mean(t**2) / 2)
    w, b, losses = fit_neuron(X, t, "linear", eta=0.5, steps=300)
    np.testing.assert_allclose(w, [2.0, -1.0], atol=1e-6)
    assert b == pytest.approx(0.5, abs=1e-6)
    assert losses[0] > losses[-1]


def test_gd_step_lowers_the_logistic_loss_and_outputs_are_probabilities():
    X, y = blobs(20, np.random.default_rng(4))
    w, b = np.zeros(2), 0.0
    new_w, new_b = neuron_gd_step(X, y, w, b, 0.5, "logistic")
    assert neuron_loss(X, y, new_w, new_b, "logistic") < neuron_loss(X, y, w, b, "logistic")
    p = neuron_forward(X, new_w, new_b, "logistic")
    assert np.all((p > 0) & (p < 1))


def test_unknown_model_is_one_clear_error():
    with pytest.raises(ValueError, match="neuron model"):
        neuron_loss(np.ones((2, 1)), np.ones(2), np.ones(1), 0.0, "probit")


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 8), st.integers(1, 4), st.sampled_from(["linear", "logistic"]), st.integers(0, 99))
def test_shapes(n, d, model, seed):
    rng = np.random.default_rng(seed)
    X, y, w = rng.standard_normal((n, d)), (rng.random(n) > 0.5).astype(float), rng.standard_normal(d)
    assert neuron_forward(X, w, 0.0, model).shape == (n,)
    dw, db = neuron_gradient(X, y, w, 0.0, model)
    assert dw.shape == (d,) and isinstance(db, float)
