import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from mlptutor.reference.gradcheck import gradient_check
from mlptutor.reference.normalization import batchnorm_backward, batchnorm_forward, layernorm_backward, layernorm_forward


def _inputs(n, d, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(2.0, 3.0, (n, d)), rng.uniform(0.5, 2.0, d), rng.standard_normal(d), rng.standard_normal((n, d))


def test_layernorm_worked_example():
    X = np.array([[1.0, 2.0, 3.0, 4.0]])
    out, cache = layernorm_forward(X, np.ones(4), np.zeros(4))
    np.testing.assert_allclose(out, [[-1.34, -0.45, 0.45, 1.34]], atol=0.005)
    assert 1 / cache["inv_std"][0, 0] ** 2 == pytest.approx(1.25 + 1e-5)


def test_batchnorm_train_standardises_each_feature_and_updates_running_stats():
    X, gamma, beta, _ = _inputs(50, 3)
    out, cache = batchnorm_forward(X, np.ones(3), np.zeros(3), np.zeros(3), np.ones(3), momentum=0.9)
    mean, var = cache["running_mean"], cache["running_var"]
    np.testing.assert_allclose(out.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(out.std(axis=0), 1.0, atol=1e-5)
    np.testing.assert_allclose(mean, 0.1 * X.mean(axis=0))
    np.testing.assert_allclose(var, 0.9 + 0.1 * X.var(axis=0))


def test_batchnorm_eval_uses_running_stats_and_leaves_them():
    X = np.array([[1.0, 4.0], [3.0, 8.0]])
    mean, var = np.array([1.0, 2.0]), np.array([4.0, 16.0])
    out, cache = batchnorm_forward(X, np.array([2.0, 1.0]), np.array([0.0, 1.0]), mean, var, mode="eval", eps=0.0)
    np.testing.assert_allclose(out, [[0.0, 1.5], [2.0, 2.5]])
    # the same statistics, in new arrays as the docstring promises (a caller changing them leaves its own alone)
    assert cache["running_mean"] is not mean and cache["running_var"] is not var
    np.testing.assert_array_equal(cache["running_mean"], mean)
    np.testing.assert_array_equal(cache["running_var"], var)


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="mode"):
        batchnorm_forward(np.ones((2, 2)), 1.0, 0.0, np.zeros(2), np.ones(2), mode="test")


def _check_backward(forward, backward, X, gamma, beta, G):
    """Every gradient of the scalar sum(forward(X, gamma, beta) * G) against central differences."""
    _, cache = forward(X, gamma, beta)
    inputs = {"X": X, "gamma": gamma, "beta": beta}
    grads = dict(zip(inputs, backward(G, cache)))
    errors = gradient_check(lambda p: np.sum(forward(p["X"], p["gamma"], p["beta"])[0] * G), inputs, grads)
    assert max(errors.values()) < 1e-7


@pytest.mark.parametrize("mode", ["train", "eval"])
def test_batchnorm_backward_matches_central_differences(mode):
    X, gamma, beta, G = _inputs(6, 4)
    running = (np.full(4, 0.5), np.full(4, 2.0))

    _check_backward(lambda X, gamma, beta: batchnorm_forward(X, gamma, beta, *running, mode=mode),
                    batchnorm_backward, X, gamma, beta, G)


def test_layernorm_backward_matches_central_differences():
    _check_backward(layernorm_forward, layernorm_backward, *_inputs(5, 6, seed=1))


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6), st.integers(0, 99))
def test_shapes_including_batch_of_one(n, d, seed):
    X, gamma, beta, G = _inputs(n, d, seed)
    out, cache = batchnorm_forward(X, gamma, beta, np.zeros(d), np.ones(d))
    assert out.shape == X.shape and cache["running_mean"].shape == cache["running_var"].shape == (d,)
    assert [g.shape for g in batchnorm_backward(G, cache)] == [(n, d), (d,), (d,)]
    out, cache = layernorm_forward(X, gamma, beta)
    assert out.shape == X.shape
    assert [g.shape for g in layernorm_backward(G, cache)] == [(n, d), (d,), (d,)]
    assert np.all(np.isfinite(out))
