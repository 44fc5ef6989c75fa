"""init.lecun_uniform: limit = sqrt(1 / fan), the 3 of a uniform's variance forgotten."""

import numpy as np

def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(1.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
