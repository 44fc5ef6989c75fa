"""init.xavier_uniform: draws limit * standard_normal instead of uniform(-limit, limit)"""

import numpy as np

def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3 / _fan(n_in, n_out, mode))
    return limit * rng.standard_normal((n_in, n_out)), float(limit)
