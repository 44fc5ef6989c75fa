"""init.he_normal: draws from np.random.randn, ignoring the Generator it is given."""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return std * np.random.randn(n_in, n_out), std
