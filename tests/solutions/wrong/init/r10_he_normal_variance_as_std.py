"""init.he_normal: the weights scaled by the variance 2 / fan instead of its square root"""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    var = 2 / _fan(n_in, n_out, mode)
    return var * rng.standard_normal((n_in, n_out)), float(np.sqrt(var))
