import autograd.numpy as anp
import numpy as np
import pytest
from autograd import grad as autograd_grad
from hypothesis import example, given, settings, strategies as st

from mlptutor.reference.backprop import mlp_backward, mlp_loss_and_grads
from mlptutor.reference.gradcheck import gradient_check
from mlptutor.reference.losses import get_loss
from mlptutor.reference.mlp import mlp_forward

# the same activations and losses written again with autograd.numpy, an independent oracle
AUTOGRAD_ACTIVATIONS = {
    "identity": lambda z: z,
    "sigmoid": lambda z: 1 / (1 + anp.exp(-z)),
    "tanh": anp.tanh,
    "relu": lambda z: anp.maximum(z, 0.0),
    "gelu_tanh": lambda z: 0.5 * z * (1 + anp.tanh(anp.sqrt(2 / anp.pi) * (z + 0.044715 * z**3))),
    "softmax": lambda z: anp.exp(z) / anp.sum(anp.exp(z), axis=1, keepdims=True),
}
AUTOGRAD_LOSSES = {
    "mse": lambda out, Y: 0.5 * anp.sum((out - Y) ** 2) / Y.shape[0],
    "cross_entropy": lambda out, Y: -anp.sum(Y * anp.log(out)) / Y.shape[0],
    "bce_with_logits": lambda out, Y: -anp.sum(Y * anp.log(1 / (1 + anp.exp(-out))) + (1 - Y) * anp.log(1 - 1 / (1 + anp.exp(-out)))) / Y.shape[0],
}
NETWORKS = [
    ([3, 4, 2], ["tanh", "identity"], "mse"),
    ([2, 5, 3], ["relu", "softmax"], "cross_entropy"),
    ([4, 3, 3, 1], ["gelu_tanh", "sigmoid", "identity"], "bce_with_logits"),
    ([3, 6, 5, 4, 2], ["sigmoid", "relu", "tanh", "softmax"], "cross_entropy"),
]


def _problem(widths, loss, n=5, seed=0):
    rng = np.random.default_rng(seed)
    params = {}
    for l, (n_in, n_out) in enumerate(zip(widths, widths[1:]), start=1):
        params[f"W{l}"] = rng.standard_normal((n_in, n_out))
        params[f"b{l}"] = rng.standard_normal(n_out) * 0.5
    X = rng.standard_normal((n, widths[0]))
    if loss == "mse":
        Y = rng.standard_normal((n, widths[-1]))
    elif loss == "bce_with_logits":
        Y = rng.integers(0, 2, (n, widths[-1])).astype(float)
    else:
        Y = np.eye(widths[-1])[rng.integers(0, widths[-1], n)]
    return X, Y, params


@pytest.mark.parametrize("widths, activations, loss", NETWORKS)
def test_gradients_match_autograd(widths, activations, loss):
    X, Y, params = _problem(widths, loss)

    def autograd_loss(p):
        A = X
        for l, name in enumerate(activations, start=1):
            A = AUTOGRAD_ACTIVATIONS[name](anp.dot(A, p[f"W{l}"]) + p[f"b{l}"])
        return AUTOGRAD_LOSSES[loss](A, Y)

    value, grads = mlp_loss_and_grads(X, Y, params, activations, loss)
    expected = autograd_grad(autograd_loss)(params)
    assert value == pytest.approx(autograd_loss(params), rel=1e-12)
    assert list(grads) == list(params)
    for name in params:
        np.testing.assert_allclose(grads[name], expected[name], rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("widths, activations, loss", NETWORKS[:3])
def test_gradients_match_central_differences(widths, activations, loss):
    X, Y, params = _problem(widths, loss, seed=1)
    _, grads = mlp_loss_and_grads(X, Y, params, activations, loss)
    f = lambda p: get_loss(loss).value(mlp_forward(X, p, activations)[0], Y)  # noqa: E731
    assert max(gradient_check(f, params, grads).values()) < 1e-7


def test_backward_accepts_caches_rebuilt_from_plain_lists():
    # what the grader does: caches sent as plain lists and strings, e.g. through JSON
    X, Y, params = _problem([2, 3, 1], "mse")
    _, caches = mlp_forward(X, params, ["tanh", "identity"])
    rebuilt = [{key: (v.tolist() if isinstance(v, np.ndarray) else v) for key, v in c.items()} for c in caches]
    dout = np.ones((5, 1))
    for name, value in mlp_backward(dout, rebuilt).items():
        np.testing.assert_array_equal(value, mlp_backward(dout, caches)[name])


def test_delta_recursion_by_hand_for_a_two_layer_sigmoid_network():
    X, Y, params = _problem([2, 2, 1], "mse", n=1)
    _, grads = mlp_loss_and_grads(X, Y, params, ["sigmoid", "sigmoid"], "mse")
    a1 = 1 / (1 + np.exp(-(X @ params["W1"] + params["b1"])))
    a2 = 1 / (1 + np.exp(-(a1 @ params["W2"] + params["b2"])))
    delta2 = (a2 - Y) * a2 * (1 - a2)
    delta1 = (delta2 @ params["W2"].T) * a1 * (1 - a1)
    np.testing.assert_allclose(grads["W2"], a1.T @ delta2)
    np.testing.assert_allclose(grads["b1"], delta1[0])
    np.testing.assert_allclose(grads["W1"], X.T @ delta1)


@settings(max_examples=20, deadline=None)
@given(widths=st.lists(st.integers(1, 5), min_size=2, max_size=5), n=st.integers(1, 4))
@example(widths=[2, 4, 1], n=1)
def test_every_gradient_has_its_parameters_shape(widths, n):
    X, Y, params = _problem(widths, "mse", n=n)
    _, grads = mlp_loss_and_grads(X, Y, params, ["tanh"] * (len(widths) - 1), "mse")
    assert {k: v.shape for k, v in grads.items()} == {k: np.shape(v) for k, v in params.items()}
