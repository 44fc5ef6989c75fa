"""init.he_uniform: rng.uniform(0, limit), only positive weights"""

import numpy as np

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6 / _fan(n_in, n_out, mode))
    return rng.uniform(0, limit, size=(n_in, n_out)), float(limit)
