"""init.he_normal: std = sqrt(2) / fan, the root taken of the numerator only"""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2) / _fan(n_in, n_out, mode)
    return std * rng.standard_normal((n_in, n_out)), float(std)
