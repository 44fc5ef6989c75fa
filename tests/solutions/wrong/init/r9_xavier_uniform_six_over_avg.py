"""init.xavier_uniform: limit = sqrt(6 / fan) with fan the average, mixing the two forms of the formula (sqrt 2 too large)."""

import numpy as np

def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
