import numpy as np
import pytest

from mlptutor.reference.experiments import activation_scale, derivative_product, gradient_norms_per_layer


def test_ten_sigmoid_layers_shrink_the_gradient_by_a_million():
    assert derivative_product([0.0] * 10, "sigmoid") == pytest.approx(0.25**10)
    assert 0.25**10 == pytest.approx(1e-6, rel=0.05)


def test_sigmoid_derivative_peaks_at_zero():
    assert derivative_product([0.0]) == 0.25
    assert derivative_product([1.0]) < 0.25 and derivative_product([-3.0]) < 0.25


def test_tanh_at_zero_does_not_shrink():
    assert derivative_product([0.0] * 10, "tanh") == 1.0


def test_sigmoid_gradients_vanish_towards_the_first_layer():
    norms = gradient_norms_per_layer([10] * 8 + [1], "sigmoid", np.random.default_rng(0))
    assert norms.shape == (8,)
    assert norms[0] < 1e-3 * norms[-1]


def test_relu_with_he_keeps_gradients_of_one_order():
    norms = gradient_norms_per_layer([10] * 8 + [1], "relu", np.random.default_rng(0), scheme="he")
    assert norms.max() < 10 * norms.min()


def test_fifty_relu_layers_vanish_stay_or_explode_with_the_init_scale():
    stds = activation_scale(np.random.default_rng(0), width=128)
    assert all(s.shape == (50,) for s in stds.values())
    assert stds[0.5][-1] < 1e-10
    assert 0.05 < stds[1.0][-1] < 20
    assert stds[2.0][-1] > 1e10


def test_activation_scale_is_seeded():
    a = activation_scale(np.random.default_rng(4), scales=(1.0,), n_layers=5, width=16)
    b = activation_scale(np.random.default_rng(4), scales=(1.0,), n_layers=5, width=16)
    np.testing.assert_array_equal(a[1.0], b[1.0])
