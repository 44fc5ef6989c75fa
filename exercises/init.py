"""Exercise: weight initialisation (zeros, He, Xavier/Glorot and LeCun, normal and uniform).

Draw with the Generator `rng` you are given, exactly as each docstring says,
so your matrices equal the reference ones value for value. LeCun's mode
works like He's: fan = n_in for "fan_in", n_out for "fan_out", (n_in + n_out) / 2
for "average", with variance 1 / fan.

zeros, hidden_unit_spread and symmetry_demo show why weights must not all
start equal. symmetry_demo trains a network with a sigmoid hidden layer and
an identity output on the MSE loss L = 1/(2N) sum (Y_hat - Y)^2, by
full-batch gradient descent on every W and b (biases start at 0).
"""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """He normal init for ReLU layers.

    W (n_in, n_out) = std * rng.standard_normal((n_in, n_out)), std = sqrt(2 / fan),
    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average").
    Returns (W, std).
    """
    raise NotImplementedError


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """He uniform init for ReLU layers.

    W (n_in, n_out) = rng.uniform(-limit, limit, size=(n_in, n_out)), limit = sqrt(6 / fan),
    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average").
    Returns (W, limit).
    """
    raise NotImplementedError


def xavier_normal(n_in, n_out, rng, mode="average"):
    """Xavier/Glorot normal init for tanh and sigmoid layers.

    W (n_in, n_out) = std * rng.standard_normal((n_in, n_out)), std = sqrt(1 / fan),
    fan = (n_in + n_out) / 2 for mode "average" (so std = sqrt(2 / (n_in + n_out))),
    n_in for "fan_in", n_out for "fan_out". Returns (W, std).
    """
    raise NotImplementedError


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """Xavier/Glorot uniform init for tanh and sigmoid layers.

    W (n_in, n_out) = rng.uniform(-limit, limit, size=(n_in, n_out)), limit = sqrt(3 / fan),
    fan = (n_in + n_out) / 2 for mode "average" (so limit = sqrt(6 / (n_in + n_out))),
    n_in for "fan_in", n_out for "fan_out". Returns (W, limit).
    """
    raise NotImplementedError


def zeros(n_in, n_out):
    """W (n_in, n_out) of zeros: every hidden unit starts identical (the symmetry problem)."""
    raise NotImplementedError


def hidden_unit_spread(params):
    """How far the hidden units of layer 1 are from being copies of unit 0.

    max over units j of |W1[:, j] - W1[:, 0]|, |b1[j] - b1[0]| and |W2[j, :] - W2[0, :]|;
    0 means every hidden unit computes the same function and gets the same gradient.
    """
    raise NotImplementedError


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """Train a sigmoid-hidden, identity-output network whose weights all start at `value`.

    X (N, d), Y (N, k); MSE loss, full-batch gradient descent for `steps` steps.
    Returns {"spread": [hidden_unit_spread after 0..steps steps], "params": final params}.
    The spread stays exactly 0: identical units get identical gradients, so
    constant (e.g. zero) init leaves the layer as good as a single unit.
    """
    raise NotImplementedError


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    """LeCun normal init: W = std * rng.standard_normal((n_in, n_out)), std = sqrt(1 / fan).

    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average"). Returns (W, std).
    """
    raise NotImplementedError


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    """LeCun uniform init: W = rng.uniform(-limit, limit, size=(n_in, n_out)), limit = sqrt(3 / fan).

    fan = n_in for mode "fan_in" (n_out for "fan_out", (n_in + n_out) / 2 for "average"). Returns (W, limit).
    """
    raise NotImplementedError
