import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from mlptutor.reference import init
from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.optim import sgd_step

NORMAL = {"he": init.he_normal, "xavier": init.xavier_normal, "lecun": init.lecun_normal}
UNIFORM = {"he": init.he_uniform, "xavier": init.xavier_uniform, "lecun": init.lecun_uniform}
# (n_in, n_out) = (400, 100): the variance each scheme should give
VARIANCE = {"he": 2 / 400, "xavier": 2 / 500, "lecun": 1 / 400}


@pytest.mark.parametrize("scheme", VARIANCE)
def test_scale_formulas(scheme):
    _, std = NORMAL[scheme](400, 100, np.random.default_rng(0))
    _, limit = UNIFORM[scheme](400, 100, np.random.default_rng(0))
    assert std == pytest.approx(np.sqrt(VARIANCE[scheme]))
    assert limit == pytest.approx(np.sqrt(3 * VARIANCE[scheme]))


@pytest.mark.parametrize("mode, fan", [("fan_in", 400), ("fan_out", 100), ("average", 250)])
def test_fan_modes(mode, fan):
    assert init.he_normal(400, 100, np.random.default_rng(0), mode=mode)[1] == pytest.approx(np.sqrt(2 / fan))


@pytest.mark.parametrize("scheme", VARIANCE)
def test_sample_statistics_match_the_formula(scheme):
    W, std = NORMAL[scheme](400, 100, np.random.default_rng(1))
    # 40,000 draws: the sample std is within ~0.4% of the true one, the mean within ~0.5% of std
    assert W.std() == pytest.approx(std, rel=0.02)
    assert abs(W.mean()) < 0.02 * std
    U, limit = UNIFORM[scheme](400, 100, np.random.default_rng(2))
    assert np.abs(U).max() <= limit
    assert U.std() == pytest.approx(std, rel=0.02)


def test_draws_are_the_documented_ones():
    W, std = init.he_normal(3, 2, np.random.default_rng(5))
    np.testing.assert_array_equal(W, std * np.random.default_rng(5).standard_normal((3, 2)))
    U, limit = init.xavier_uniform(3, 2, np.random.default_rng(5))
    np.testing.assert_array_equal(U, np.random.default_rng(5).uniform(-limit, limit, size=(3, 2)))


def test_init_params_shapes_zero_biases_and_layer_order():
    params = init.init_params([3, 4, 2], np.random.default_rng(6), scheme="xavier")
    assert {k: v.shape for k, v in params.items()} == {"W1": (3, 4), "b1": (4,), "W2": (4, 2), "b2": (2,)}
    assert not params["b1"].any() and not params["b2"].any()
    rng = np.random.default_rng(6)
    np.testing.assert_array_equal(params["W1"], init.xavier_normal(3, 4, rng)[0])
    np.testing.assert_array_equal(params["W2"], init.xavier_normal(4, 2, rng)[0])
    assert not init.init_params([3, 4], None, scheme="zeros")["W1"].any()


@pytest.mark.parametrize("kwargs, word", [({"scheme": "glorot"}, "scheme"), ({"distribution": "beta"}, "distribution")])
def test_unknown_choices_are_one_clear_error(kwargs, word):
    with pytest.raises(ValueError, match=word):
        init.init_params([2, 2], np.random.default_rng(0), **kwargs)


def test_unknown_mode_is_one_clear_error():
    with pytest.raises(ValueError, match="fan mode"):
        init.he_normal(2, 2, np.random.default_rng(0), mode="fan_avg")


def test_constant_init_keeps_hidden_units_identical_but_random_init_does_not():
    rng = np.random.default_rng(7)
    X, Y = rng.standard_normal((10, 3)), rng.standard_normal((10, 2))
    for value in (0.0, 0.3):
        result = init.symmetry_demo(X, Y, value=value, steps=15)
        assert result["spread"] == [0.0] * 16
    assert result["params"]["W1"].std() > 0  # the weights did move, all together
    params = init.init_params([3, 4, 2], rng, scheme="xavier")
    spread0 = init.hidden_unit_spread(params)
    _, grads = mlp_loss_and_grads(X, Y, params, ["sigmoid", "identity"])
    assert spread0 > 0 and init.hidden_unit_spread(sgd_step(params, grads, 0.5)) > 0


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 30), st.integers(1, 30), st.sampled_from(sorted(VARIANCE)), st.integers(0, 99))
def test_shapes(n_in, n_out, scheme, seed):
    W, std = NORMAL[scheme](n_in, n_out, np.random.default_rng(seed))
    U, limit = UNIFORM[scheme](n_in, n_out, np.random.default_rng(seed))
    assert W.shape == U.shape == (n_in, n_out) and W.dtype == U.dtype == np.float64
    assert limit == pytest.approx(np.sqrt(3) * std)
