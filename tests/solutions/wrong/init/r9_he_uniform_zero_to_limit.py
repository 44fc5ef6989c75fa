"""init.he_uniform: rng.uniform(0, limit), every weight positive."""

import numpy as np


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return rng.uniform(0, limit, size=(n_in, n_out)), limit
