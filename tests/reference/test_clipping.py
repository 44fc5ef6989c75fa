import mpmath
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from mlptutor.reference.clipping import clip_by_global_norm, global_norm


def test_global_norm_spans_all_arrays():
    grads = {"W1": np.array([[3.0]]), "b1": np.array([4.0]), "W2": np.zeros((2, 2))}
    assert global_norm(grads) == pytest.approx(5.0)


def test_large_gradients_are_scaled_to_max_norm_keeping_direction():
    grads = {"W1": np.array([[3.0, 0.0]]), "b1": np.array([4.0])}
    clipped, norm = clip_by_global_norm(grads, 1.0)
    assert norm == pytest.approx(5.0)
    assert global_norm(clipped) == pytest.approx(1.0)
    np.testing.assert_allclose(clipped["W1"], [[0.6, 0.0]])
    np.testing.assert_allclose(clipped["b1"], [0.8])


def test_small_gradients_are_unchanged_and_inputs_not_mutated():
    grads = {"W1": np.array([0.3, 0.4])}
    clipped, norm = clip_by_global_norm(grads, 1.0)
    assert norm == pytest.approx(0.5)
    np.testing.assert_array_equal(clipped["W1"], [0.3, 0.4])
    big = {"W1": np.array([30.0, 40.0])}
    clip_by_global_norm(big, 1.0)
    np.testing.assert_array_equal(big["W1"], [30.0, 40.0])


def test_zero_gradients_stay_zero():
    clipped, norm = clip_by_global_norm({"W1": np.zeros(3)}, 1.0)
    assert norm == 0.0 and not clipped["W1"].any()


def test_non_positive_max_norm_is_rejected():
    with pytest.raises(ValueError, match="max_norm"):
        clip_by_global_norm({"W1": np.ones(2)}, 0.0)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 5), st.integers(1, 5), st.floats(0.01, 10.0), st.integers(0, 2**32 - 1))
def test_clipped_norm_is_min_of_norm_and_threshold(rows, cols, max_norm, seed):
    rng = np.random.default_rng(seed)
    grads = {"W1": rng.standard_normal((rows, cols)), "b1": rng.standard_normal(cols)}
    clipped, norm = clip_by_global_norm(grads, max_norm)
    assert clipped["W1"].shape == (rows, cols) and clipped["b1"].shape == (cols,)
    assert global_norm(clipped) == pytest.approx(min(norm, max_norm))


@pytest.mark.parametrize("magnitude", [1e-300, 1e-170, 1.0, 1e160, 1e300])
def test_global_norm_is_right_at_every_finite_magnitude(magnitude):
    # squaring overflows beyond ~1e154 and underflows below ~1e-162: the oracle sums exact squares at 50 digits
    rng = np.random.default_rng(0)
    grads = {"W1": rng.standard_normal((3, 4)) * magnitude, "b1": rng.standard_normal(4) * magnitude, "W2": np.zeros(2)}
    with mpmath.workdps(50):
        oracle = float(mpmath.sqrt(mpmath.fsum(mpmath.mpf(float(x)) ** 2 for g in grads.values() for x in g.ravel())))
    assert global_norm(grads) == pytest.approx(oracle, rel=1e-14, abs=0.0)


def test_global_norm_of_nothing_is_zero_and_of_inf_is_inf():
    assert global_norm({}) == 0.0 and global_norm({"W1": np.empty((0, 3))}) == 0.0
    assert global_norm({"W1": np.array([1.0, -np.inf])}) == np.inf
