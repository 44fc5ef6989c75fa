"""init.lecun_normal: std = 1 / fan, the variance used as the standard deviation."""

import numpy as np


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = 1.0 / fan
    return std * rng.standard_normal((n_in, n_out)), std
