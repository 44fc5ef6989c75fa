"""init.xavier_normal: fan_in and fan_out swapped (fan = n_out for 'fan_in')."""

import numpy as np


def xavier_normal(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_out, "fan_out": n_in, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
