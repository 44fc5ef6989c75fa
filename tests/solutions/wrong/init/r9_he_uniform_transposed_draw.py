"""init.he_uniform: draws an (n_out, n_in) matrix and transposes it: the right shape and law, not the reference's values."""

import numpy as np

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return rng.uniform(-limit, limit, size=(n_out, n_in)).T, limit
