"""init.xavier_uniform: drawn as (n_out, n_in) and transposed: right shape, other values"""

import numpy as np

def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_out, n_in)).T, float(limit)
