"""init.he_normal: fan = (n_in + n_out) // 2 for 'average', floor division, wrong when n_in + n_out is odd"""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = n_in if mode == "fan_in" else n_out if mode == "fan_out" else (n_in + n_out) // 2
    std = np.sqrt(2 / fan)
    return std * rng.standard_normal((n_in, n_out)), float(std)
