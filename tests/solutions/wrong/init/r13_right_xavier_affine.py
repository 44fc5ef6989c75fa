"""init.xavier_uniform: RIGHT: limit * (2 * rng.random(size) - 1), the same draws as rng.uniform(-limit, limit, size) up to rounding"""

import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"average": (n_in + n_out) / 2, "fan_in": n_in, "fan_out": n_out}[mode]
    limit = np.sqrt(3.0 / fan)
    return limit * (2.0 * rng.random((n_in, n_out)) - 1.0), limit
