"""init.xavier_uniform: limit = sqrt(6 / fan), the 6 of sqrt(6 / (n_in + n_out)) kept with the halved fan"""

import numpy as np

def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(6 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
