"""init.he_normal: returns (W, 2 / fan), the variance instead of the std"""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    var = 2 / _fan(n_in, n_out, mode)
    return np.sqrt(var) * rng.standard_normal((n_in, n_out)), float(var)
