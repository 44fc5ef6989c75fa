"""init.lecun_uniform: Right: -limit + 2 limit * rng.random(shape) is how Generator.uniform(-limit, limit) computes its draws."""

import numpy as np


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(3.0 / fan)
    return -limit + (limit - -limit) * rng.random((n_in, n_out)), float(limit)
