"""init.xavier_uniform: draws (n_out, n_in) and transposes (the PyTorch weight layout): right shape and distribution, other values"""

import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"average": (n_in + n_out) / 2, "fan_in": n_in, "fan_out": n_out}[mode]
    limit = np.sqrt(3.0 / fan)
    return rng.uniform(-limit, limit, size=(n_out, n_in)).T, limit
