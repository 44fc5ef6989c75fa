"""init.lecun_uniform: limit = sqrt(3 / n_in) whatever the mode (the module docstring says mode works as in He)."""

import numpy as np


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(3.0 / n_in)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
