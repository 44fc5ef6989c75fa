import numpy as np
import pytest

from mlptutor.reference.gradcheck import directional_gradient_check, gradient_check, numerical_gradient, relative_error


def _problem():
    rng = np.random.default_rng(0)
    params = {"W": rng.standard_normal((3, 2)), "b": rng.standard_normal(2), "s": np.array(0.7)}
    f = lambda p: float(np.sum(np.sin(p["W"]) * p["b"]) + p["s"] ** 3)  # noqa: E731
    grads = {"W": np.cos(params["W"]) * params["b"], "b": np.sin(params["W"]).sum(axis=0), "s": 3 * params["s"] ** 2}
    return f, params, grads


def test_numerical_gradient_of_any_shape_and_leaves_x_alone():
    x = np.arange(24, dtype=float).reshape(2, 3, 4) / 10
    before = x.copy()
    np.testing.assert_allclose(numerical_gradient(lambda v: np.sum(v**3), x), 3 * x**2, rtol=1e-7, atol=1e-8)
    np.testing.assert_array_equal(x, before)


def test_numerical_gradient_of_a_transposed_view():
    """A Fortran-ordered x (W.T): a copy kept in that order has no flat view, and steps on a flat copy never reach f."""
    x = np.arange(6, dtype=float).reshape(2, 3).T / 10
    np.testing.assert_allclose(numerical_gradient(lambda v: np.sum(v**3 * [[1], [2], [3]]), x),
                               3 * x**2 * [[1], [2], [3]], rtol=1e-7, atol=1e-8)


def test_relative_error_is_scale_free_and_zero_for_two_zeros():
    assert relative_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    assert relative_error(1e6 * np.array([1.0, 2.0]), 1e6 * np.array([1.0, 2.1])) == pytest.approx(relative_error([1.0, 2.0], [1.0, 2.1]))
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0


def test_full_check_passes_correct_and_flags_each_wrong_tensor():
    f, params, grads = _problem()
    assert max(gradient_check(f, params, grads).values()) < 1e-8
    wrong = {**grads, "b": grads["b"] * 2}
    errors = gradient_check(f, params, wrong)
    assert errors["b"] > 0.1 and errors["W"] < 1e-8


def test_directional_check_passes_correct_flags_wrong_and_is_seeded():
    f, params, grads = _problem()
    before = {k: v.copy() for k, v in params.items()}
    assert max(directional_gradient_check(f, params, grads, rng=1, n_directions=3).values()) < 1e-8
    wrong = {**grads, "W": grads["W"].T.reshape(3, 2)}  # a transposed-then-reshaped gradient
    errors = directional_gradient_check(f, params, wrong, rng=np.random.default_rng(5))
    assert errors["W"] > 0.05 and errors["s"] < 1e-8
    assert errors == directional_gradient_check(f, params, wrong, rng=np.random.default_rng(5))
    for name in params:
        np.testing.assert_array_equal(params[name], before[name])


def test_missing_or_misshapen_gradients_are_named():
    f, params, grads = _problem()
    with pytest.raises(ValueError, match="gradients missing for b"):
        gradient_check(f, params, {"W": grads["W"], "s": grads["s"]})
    with pytest.raises(ValueError, match=r"gradient of W has shape \(2, 3\)"):
        directional_gradient_check(f, params, {**grads, "W": grads["W"].T})
