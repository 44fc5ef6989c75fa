"""init.lecun_uniform: limit = sqrt(6 / fan), He's limit"""

import numpy as np

def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
