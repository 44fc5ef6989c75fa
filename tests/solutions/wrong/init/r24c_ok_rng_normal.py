"""init.he_normal: Right: rng.normal(0.0, std, size) is 0 + std * standard_normal, the same draws from the same stream."""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = n_in if mode == "fan_in" else n_out if mode == "fan_out" else (n_in + n_out) / 2
    std = (2.0 / fan) ** 0.5
    return rng.normal(0.0, std, size=(n_in, n_out)), std
