"""Weight initialisation: zeros (and why it fails), He, Xavier/Glorot, LeCun.

Every scheme draws W (n_in, n_out) with mean 0 and variance gain / fan, where

    fan = n_in              (mode "fan_in")
        = n_out             (mode "fan_out")
        = (n_in + n_out)/2  (mode "average")

    He:     gain 2, default mode "fan_in"   -> Var = 2 / n_in          (ReLU)
    Xavier: gain 1, default mode "average"  -> Var = 2 / (n_in + n_out) (tanh, sigmoid)
    LeCun:  gain 1, default mode "fan_in"   -> Var = 1 / n_in          (tanh, SELU)

A normal draw uses std = sqrt(gain / fan); a uniform draw on [-limit, limit]
has the same variance when limit = sqrt(3 gain / fan), since Var U(-a, a) = a^2 / 3.
Biases start at zero: they do not break symmetry, the weights do.

The draws are exact so a student's code can reproduce them value for value:
    normal:  W = std * rng.standard_normal((n_in, n_out))
    uniform: W = rng.uniform(-limit, limit, size=(n_in, n_out))
"""

import numpy as np

from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.optim import sgd_step

MODES = ("fan_in", "fan_out", "average")

# scheme -> (gain, default mode)
SCHEMES = {"he": (2.0, "fan_in"), "xavier": (1.0, "average"), "lecun": (1.0, "fan_in")}


def fan(n_in, n_out, mode="fan_in"):
    """The width that sets the variance: n_in, n_out or (n_in + n_out) / 2 for mode fan_in, fan_out, average."""
    if mode not in MODES:
        raise ValueError(f"unknown fan mode {mode!r}: use one of {', '.join(MODES)}")
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]


def scheme_std(scheme, n_in, n_out, mode=None):
    """Standard deviation sqrt(gain / fan) of `scheme` ("he", "xavier", "lecun"); mode None = the scheme's default."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown init scheme {scheme!r}: use one of {', '.join(SCHEMES)}")
    gain, default_mode = SCHEMES[scheme]
    return float(np.sqrt(gain / fan(n_in, n_out, mode or default_mode)))


def normal(n_in, n_out, rng, std):
    """W (n_in, n_out) ~ N(0, std^2), drawn as std * rng.standard_normal((n_in, n_out))."""
    return std * rng.standard_normal((n_in, n_out))


def uniform(n_in, n_out, rng, limit):
    """W (n_in, n_out) ~ U(-limit, limit), drawn as rng.uniform(-limit, limit, size=(n_in, n_out))."""
    return rng.uniform(-limit, limit, size=(n_in, n_out))


def zeros(n_in, n_out):
    """W (n_in, n_out) of zeros: every hidden unit starts identical (the symmetry problem)."""
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    """How far the hidden units of layer 1 are from being copies of unit 0.

    max over units j of |W1[:, j] - W1[:, 0]|, |b1[j] - b1[0]| and |W2[j, :] - W2[0, :]|;
    0 means every hidden unit computes the same function and gets the same gradient.
    """
    return float(max(np.abs(params["W1"] - params["W1"][:, :1]).max(),
                     np.abs(params["b1"] - params["b1"][0]).max(),
                     np.abs(params["W2"] - params["W2"][:1]).max()))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """Train a sigmoid-hidden, identity-output network whose weights all start at `value`.

    X (N, d), Y (N, k); MSE loss, full-batch gradient descent for `steps` steps.
    Returns {"spread": [hidden_unit_spread after 0..steps steps], "params": final params}.
    The spread stays exactly 0: identical units get identical gradients, so
    constant (e.g. zero) init leaves the layer as good as a single unit.
    """
    d, k = np.shape(X)[1], np.shape(Y)[1]
    params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        _, grads = mlp_loss_and_grads(X, Y, params, ["sigmoid", "identity"])
        params = sgd_step(params, grads, eta)
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}


def _scheme_normal(scheme, n_in, n_out, rng, mode):
    std = scheme_std(scheme, n_in, n_out, mode)
    return normal(n_in, n_out, rng, std), std


def _scheme_uniform(scheme, n_in, n_out, rng, mode):
    limit = float(np.sqrt(3.0)) * scheme_std(scheme, n_in, n_out, mode)
    return uniform(n_in, n_out, rng, limit), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """He normal init for ReLU layers.

    W (n_in, n_out) = std * rng.standard_normal((n_in, n_out)), std = sqrt(2 / fan),
    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average").
    Returns (W, std).
    """
    return _scheme_normal("he", n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """He uniform init for ReLU layers.

    W (n_in, n_out) = rng.uniform(-limit, limit, size=(n_in, n_out)), limit = sqrt(6 / fan),
    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average").
    Returns (W, limit).
    """
    return _scheme_uniform("he", n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    """Xavier/Glorot normal init for tanh and sigmoid layers.

    W (n_in, n_out) = std * rng.standard_normal((n_in, n_out)), std = sqrt(1 / fan),
    fan = (n_in + n_out) / 2 for mode "average" (so std = sqrt(2 / (n_in + n_out))),
    n_in for "fan_in", n_out for "fan_out". Returns (W, std).
    """
    return _scheme_normal("xavier", n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """Xavier/Glorot uniform init for tanh and sigmoid layers.

    W (n_in, n_out) = rng.uniform(-limit, limit, size=(n_in, n_out)), limit = sqrt(3 / fan),
    fan = (n_in + n_out) / 2 for mode "average" (so limit = sqrt(6 / (n_in + n_out))),
    n_in for "fan_in", n_out for "fan_out". Returns (W, limit).
    """
    return _scheme_uniform("xavier", n_in, n_out, rng, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    """LeCun normal init: W = std * rng.standard_normal((n_in, n_out)), std = sqrt(1 / fan).

    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average"). Returns (W, std).
    """
    return _scheme_normal("lecun", n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    """LeCun uniform init: W = rng.uniform(-limit, limit, size=(n_in, n_out)), limit = sqrt(3 / fan).

    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average"). Returns (W, limit).
    """
    return _scheme_uniform("lecun", n_in, n_out, rng, mode)


def init_params(widths, rng, scheme="he", distribution="normal"):
    """Parameters {"W1", "b1", ..., "WL", "bL"} of an MLP with layer widths [n_0, ..., n_L].

    W_l (n_{l-1}, n_l) is drawn with `scheme` ("he", "xavier", "lecun" or "zeros")
    and `distribution` ("normal" or "uniform"), layer 1 first from the same rng;
    b_l (n_l,) is zero.
    """
    if len(widths) < 2:
        raise ValueError(f"widths {list(widths)} need at least an input and an output width")
    if distribution not in ("normal", "uniform"):
        raise ValueError(f"unknown distribution {distribution!r}: use 'normal' or 'uniform'")
    params = {}
    for layer, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        if scheme == "zeros":
            W = zeros(n_in, n_out)
        elif distribution == "normal":
            W, _ = _scheme_normal(scheme, n_in, n_out, rng, None)
        else:
            W, _ = _scheme_uniform(scheme, n_in, n_out, rng, None)
        params[f"W{layer}"] = W
        params[f"b{layer}"] = np.zeros(n_out)
    return params
