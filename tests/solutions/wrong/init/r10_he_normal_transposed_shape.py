"""init.he_normal: draws shape (n_out, n_in) and transposes: the right shape, other values"""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2 / _fan(n_in, n_out, mode))
    return (std * rng.standard_normal((n_out, n_in))).T, float(std)
