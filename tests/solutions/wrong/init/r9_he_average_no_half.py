"""init.he_normal: mode 'average' takes fan = n_in + n_out (the /2 forgotten)."""

import numpy as np

def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": n_in + n_out}[mode]
    std = np.sqrt(2.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
