import numpy as np
import pytest
from hypothesis import example, given, settings, strategies as st

from mlptutor.reference.mlp import count_layers, layer_widths, mlp_forward, predict, predict_labels


def _params(widths, seed=0):
    rng = np.random.default_rng(seed)
    params = {}
    for l, (n_in, n_out) in enumerate(zip(widths, widths[1:]), start=1):
        params[f"W{l}"] = rng.standard_normal((n_in, n_out))
        params[f"b{l}"] = rng.standard_normal(n_out)
    return params


def test_worked_forward_example_as_a_one_layer_network():
    params = {"W1": np.array([[0.1, 0.3], [-0.2, 0.4]]).T, "b1": np.array([0.0, 0.1])}
    out, caches = mlp_forward(np.array([[1.0, 2.0]]), params, ["relu"])
    np.testing.assert_allclose(out, [[0.7, 0.7]])
    np.testing.assert_allclose(caches[0]["Z"], [[0.7, 0.7]])


def test_caches_are_one_plain_dict_per_layer_chaining_the_activations():
    params = _params([3, 4, 2])
    X = np.random.default_rng(1).standard_normal((5, 3))
    out, caches = mlp_forward(X, params, ["tanh", "sigmoid"])
    assert [set(c) for c in caches] == [{"A_prev", "W", "b", "Z", "activation"}] * 2
    assert [c["activation"] for c in caches] == ["tanh", "sigmoid"]
    np.testing.assert_array_equal(caches[0]["A_prev"], X)
    np.testing.assert_allclose(caches[1]["A_prev"], np.tanh(caches[0]["Z"]))
    np.testing.assert_allclose(caches[1]["Z"], caches[1]["A_prev"] @ params["W2"] + params["b2"])
    np.testing.assert_allclose(out, 1 / (1 + np.exp(-caches[1]["Z"])))


def test_widths_and_labels():
    params = _params([3, 5, 4])
    X = np.random.default_rng(2).standard_normal((6, 3))
    assert count_layers(params) == 2 and layer_widths(params) == [3, 5, 4]
    np.testing.assert_array_equal(predict_labels(X, params, ["relu", "softmax"]), np.argmax(predict(X, params, ["relu", "identity"]), axis=1))
    binary = _params([3, 1])
    logits = predict(X, binary, ["identity"])[:, 0]
    np.testing.assert_array_equal(predict_labels(X, binary, ["identity"], threshold=0.0), (logits >= 0).astype(int))


def test_user_mistakes_are_one_clear_error():
    params = _params([3, 4, 2])
    with pytest.raises(ValueError, match="1 activations given for 2 layers"):
        mlp_forward(np.ones((1, 3)), params, ["relu"])
    del params["b2"]
    with pytest.raises(ValueError, match="expected exactly W1, b1, ..., W2, b2"):
        mlp_forward(np.ones((1, 3)), params, ["relu", "relu"])


@settings(max_examples=25, deadline=None)
@given(widths=st.lists(st.integers(1, 5), min_size=2, max_size=5), n=st.integers(1, 4))
@example(widths=[3, 1], n=1)
def test_output_and_cache_shapes_for_any_widths_and_batch(widths, n):
    params = _params(widths)
    out, caches = mlp_forward(np.ones((n, widths[0])), params, ["relu"] * (len(widths) - 1))
    assert out.shape == (n, widths[-1])
    assert [c["Z"].shape for c in caches] == [(n, w) for w in widths[1:]]
