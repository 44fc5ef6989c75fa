"""init.he_normal: right: rng.normal(0, std, size) draws std * standard_normal from the same stream, value for value"""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """MATLAB's normrnd(0, std, n_in, n_out) as rng.normal."""
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return rng.normal(0.0, std, size=(n_in, n_out)), std
