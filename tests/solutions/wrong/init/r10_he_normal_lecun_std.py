"""init.he_normal: std = sqrt(1 / fan) (LeCun's), the 2 of He forgotten"""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1 / _fan(n_in, n_out, mode))
    return std * rng.standard_normal((n_in, n_out)), float(std)
