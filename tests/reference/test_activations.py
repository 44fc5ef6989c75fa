import math

import mpmath
import numpy as np
import pytest
import sympy as sp

from mlptutor.reference import activations as act
from mlptutor.reference.erf import erf
from mlptutor.reference.gradcheck import numerical_gradient, relative_error

Z_SYMBOL = sp.Symbol("z", real=True)
ALPHA = sp.Symbol("alpha", positive=True)

# SymPy definitions of the elementwise activations (kinks handled by the sign of z)
SYMPY_DEFINITIONS = {
    "identity": Z_SYMBOL,
    "sigmoid": 1 / (1 + sp.exp(-Z_SYMBOL)),
    "tanh": sp.tanh(Z_SYMBOL),
    "relu": sp.Piecewise((Z_SYMBOL, Z_SYMBOL > 0), (0, True)),
    "leaky_relu": sp.Piecewise((Z_SYMBOL, Z_SYMBOL > 0), (sp.Rational(1, 100) * Z_SYMBOL, True)),
    "gelu": Z_SYMBOL * (1 + sp.erf(Z_SYMBOL / sp.sqrt(2))) / 2,
    "gelu_tanh": Z_SYMBOL / 2 * (1 + sp.tanh(sp.sqrt(2 / sp.pi) * (Z_SYMBOL + sp.Rational(44715, 10**6) * Z_SYMBOL**3))),
}


def _away_from_kinks(shape, seed=0):
    """Pre-activations in [-3, -0.1] U [0.1, 3]: central differences never straddle z = 0."""
    rng = np.random.default_rng(seed)
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(0.1, 3.0, size=shape)


@pytest.mark.parametrize("name", sorted(SYMPY_DEFINITIONS))
def test_forward_and_derivative_match_sympy(name):
    z = _away_from_kinks(40)
    expr = SYMPY_DEFINITIONS[name]
    forward = sp.lambdify(Z_SYMBOL, expr, modules=["mpmath"])
    derivative = sp.lambdify(Z_SYMBOL, sp.diff(expr, Z_SYMBOL), modules=["mpmath"])
    entry = act.ACTIVATIONS[name]
    np.testing.assert_allclose(entry.forward(z), [float(forward(v)) for v in z], rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(entry.grad(z), [float(derivative(v)) for v in z], rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("name", sorted(act.ACTIVATIONS))
def test_activation_backward_matches_central_differences(name):
    Z = _away_from_kinks((3, 4), seed=1)
    dA = np.random.default_rng(2).standard_normal((3, 4))
    _, cache = act.activation_forward(Z, name)
    dZ = act.activation_backward(dA, cache)
    numeric = numerical_gradient(lambda z: np.sum(dA * act.activation_forward(z, name)[0]), Z)
    assert relative_error(dZ, numeric) < 1e-7


def test_prelu_gradients_for_z_and_per_unit_alpha_match_central_differences():
    Z = _away_from_kinks((5, 3), seed=3)
    alpha = np.array([0.1, 0.25, 0.5])
    dA = np.random.default_rng(4).standard_normal((5, 3))
    numeric_z = numerical_gradient(lambda z: np.sum(dA * act.prelu(z, alpha)), Z)
    numeric_alpha = numerical_gradient(lambda a: np.sum(dA * act.prelu(Z, a)), alpha)
    assert relative_error(dA * act.prelu_grad(Z, alpha), numeric_z) < 1e-7
    assert relative_error(np.sum(dA * act.prelu_alpha_grad(Z), axis=0), numeric_alpha) < 1e-7


def test_prelu_derivatives_match_sympy():
    expr = sp.Piecewise((Z_SYMBOL, Z_SYMBOL > 0), (ALPHA * Z_SYMBOL, True))
    for z in (-2.0, -0.3, 0.4, 1.7):
        point = {Z_SYMBOL: z, ALPHA: 0.2}
        assert act.prelu_grad(z, 0.2) == pytest.approx(float(sp.diff(expr, Z_SYMBOL).subs(point)))
        assert act.prelu_alpha_grad(z) == pytest.approx(float(sp.diff(expr, ALPHA).subs(point)))


def test_step_is_the_perceptron_threshold_with_zero_gradient():
    z = np.array([-2.0, -1e-9, 0.0, 3.0])
    np.testing.assert_array_equal(act.step(z), [0.0, 0.0, 1.0, 1.0])
    np.testing.assert_array_equal(act.step_grad(z), 0.0)


def test_kinks_take_the_left_derivative():
    assert act.relu_grad(0.0) == 0.0
    assert act.leaky_relu_grad(0.0, alpha=0.2) == 0.2


def test_sigmoid_of_plus_minus_1000_raises_no_floating_point_error():
    z = np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0])
    with np.errstate(all="raise"):
        s, ds = act.sigmoid(z), act.sigmoid_grad(z)
    assert s[0] == 0.0 and s[-1] == 1.0 and s[2] == 0.5
    assert np.all(np.isfinite(ds)) and ds[0] == 0.0


def test_sigmoid_keeps_relative_precision_in_the_left_tail():
    assert act.sigmoid(-30.0) == pytest.approx(math.exp(-30.0) / (1 + math.exp(-30.0)), rel=1e-14)


# the derivatives' oracles at 50 digits: sigmoid'(z) = e^-z / (1 + e^-z)^2 and tanh'(z) = sech(z)^2
DERIVATIVE_ORACLES = {
    "sigmoid_grad": lambda z: mpmath.exp(-z) / (1 + mpmath.exp(-z)) ** 2,
    "tanh_grad": lambda z: mpmath.sech(z) ** 2,
}


@pytest.mark.parametrize("name", sorted(DERIVATIVE_ORACLES))
def test_saturating_derivatives_keep_relative_precision_until_they_underflow(name):
    # s (1 - s) and 1 - tanh^2 cancel for |z| beyond ~15 and ~8 (to 0 near 37 and 19) where the true values are
    # still far above float64's smallest number; every normal result keeps its digits, subnormal ones within a few
    # of their spacing
    z = np.concatenate([np.linspace(-745.0, 745.0, 1491), np.linspace(-40.0, 40.0, 161), [1e-300, 708.3, 709.5]])
    with mpmath.workdps(50):
        oracle = np.array([float(DERIVATIVE_ORACLES[name](mpmath.mpf(v))) for v in z])
    got = getattr(act, name)(z)
    normal = oracle >= np.finfo(np.float64).tiny
    assert np.max(np.abs(got - oracle)[normal] / oracle[normal]) < 1e-14
    assert np.max(np.abs(got - oracle)[~normal]) <= 4 * 5e-324


def _gelu_tanh_grad_oracle(v):
    """(g'(z), (1 + tanh u) / 2) of the tanh GELU at 50 digits, the latter written 1 / (1 + exp(-2u)): exact."""
    z, c, k = mpmath.mpf(v), mpmath.sqrt(2 / mpmath.pi), mpmath.mpf("0.044715")
    u = c * (z + k * z**3)
    half = 1 / (1 + mpmath.exp(-2 * u))
    return half + z / 2 * mpmath.sech(u) ** 2 * c * (1 + 3 * k * z**2), half


def test_gelu_tanh_derivative_keeps_relative_precision_until_it_underflows():
    # (1 + tanh u) / 2 and 1 - tanh^2 u cancel for |u| beyond ~8 (z below about -5; to 0 below about -7) where
    # g'(z) is still ~exp(2u) 2 z u'. Every normal result keeps its digits up to the rounding of u (which exp
    # amplifies 2|u| times); near g's minimum (z ~ -0.75, where g' = 0) the error is measured on the sum's scale
    z = np.concatenate([np.linspace(-25.0, 25.0, 1001), [-1e4, -1e3, 1e3, 1e4]])
    with mpmath.workdps(50):
        oracle, half = (np.array([float(x) for x in xs]) for xs in zip(*map(_gelu_tanh_grad_oracle, z)))
    got = act.gelu_tanh_grad(z)
    u = np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)
    eps, normal = np.finfo(np.float64).eps, np.abs(oracle) >= np.finfo(np.float64).tiny
    bound = 2 * eps * ((1 + 2 * np.abs(u)) * np.abs(oracle) + half)
    error = np.abs(got - oracle)
    assert np.all(error[normal] <= bound[normal]), z[normal][error[normal] > bound[normal]]
    assert normal.sum() > 900 and np.all(error[~normal] < np.finfo(np.float64).tiny)


def test_gelu_tanh_keeps_relative_precision_until_it_underflows():
    """z (1 + tanh u) / 2 lost digits below z ~ -5 (3e-7 relative at -6) and gave 0 below -8; z sigmoid(2u) keeps
    them, up to the rounding of u that exp amplifies 2|u| times."""
    z = np.concatenate([np.linspace(-25.0, 25.0, 1001), [-1e4, -1e3, 1e3, 1e4]])
    with mpmath.workdps(50):
        oracle = np.array([float(v * _gelu_tanh_grad_oracle(v)[1]) for v in z])  # z (1 + tanh u) / 2, exactly
    got = act.gelu_tanh(z)
    u = np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)
    eps, normal = np.finfo(np.float64).eps, np.abs(oracle) >= np.finfo(np.float64).tiny
    bound = 2 * eps * (1 + 2 * np.abs(u)) * np.abs(oracle)
    error = np.abs(got - oracle)
    assert np.all(error[normal] <= bound[normal]), z[normal][error[normal] > bound[normal]]
    assert normal.sum() > 900 and np.all(error[~normal] < np.finfo(np.float64).tiny)


@pytest.mark.parametrize("name", sorted(act.ACTIVATIONS))
def test_every_activation_is_finite_for_huge_inputs(name):
    Z = np.array([[-1e4, -1000.0, 0.0, 1000.0, 1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        A, cache = act.activation_forward(Z, name)
        dZ = act.activation_backward(np.ones_like(Z), cache)
    assert np.all(np.isfinite(A)) and np.all(np.isfinite(dZ))


def test_sigmoid_derivative_peaks_at_a_quarter():
    z = np.linspace(-6, 6, 1201)
    assert act.sigmoid_grad(z).max() == pytest.approx(0.25)
    assert z[np.argmax(act.sigmoid_grad(z))] == pytest.approx(0.0)
    assert 0.25**10 == pytest.approx(1e-6, rel=0.05)  # ten saturating layers: the vanishing gradient


def test_gelu_tanh_approximates_exact_gelu_and_has_the_minimum_of_the_notes():
    z = np.linspace(-5, 5, 2001)
    assert np.max(np.abs(act.gelu(z) - act.gelu_tanh(z))) < 1e-3
    assert act.gelu(z).min() == pytest.approx(-0.17, abs=0.005)


def test_erf_matches_the_standard_library_across_its_range():
    x = np.concatenate([np.linspace(-7, 7, 2001), [1e-300, -1e-12, 40.0, -1e4]])
    np.testing.assert_allclose(erf(x), [math.erf(v) for v in x], rtol=1e-14, atol=1e-15)


def test_forward_cache_is_plain_data_and_unknown_names_are_one_clear_error():
    Z = np.array([[0.5, -0.5]])
    A, cache = act.activation_forward(Z, "relu")
    assert set(cache) == {"Z", "activation"} and cache["activation"] == "relu"
    np.testing.assert_array_equal(A, [[0.5, 0.0]])
    with pytest.raises(ValueError, match="unknown activation 'rleu': use one of identity, step, sigmoid"):
        act.activation_forward(Z, "rleu")
