"""init.he_normal: RIGHT: rng.normal(0.0, std, size) instead of std * rng.standard_normal(size): the Generator draws the same numbers"""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return rng.normal(0.0, std, size=(n_in, n_out)), std
