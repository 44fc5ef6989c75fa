"""init.lecun_uniform: Uses the normal std sqrt(1 / fan) as the uniform limit (it must be sqrt(3 / fan)): the spread is sqrt(3) too small.

Habit: deeplearning.ai only shows normal draws (randn * sqrt(...)); the student reused that factor for uniform.
"""

import numpy as np


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(1.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
