"""init.xavier_uniform: RIGHT: rng.uniform(-l, l) is -l + 2l * rng.random(); written out by hand, it matches to rounding (1e-16).

Habit: deeplearning.ai's np.random.rand scaled into [-limit, limit) by hand.
"""

import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(3.0 / fan)
    return -limit + 2 * limit * rng.random((n_in, n_out)), limit
