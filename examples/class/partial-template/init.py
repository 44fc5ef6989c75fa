"""Exercise: weight initialisation (He and Xavier/Glorot, normal and uniform).

Draw with the Generator `rng` you are given, exactly as each docstring says,
so your matrices equal the reference ones value for value.
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
