"""init.he_uniform: limit = sqrt(2 / fan), He's normal std used as the uniform bound."""

import numpy as np

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(2.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
