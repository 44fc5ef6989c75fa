"""init.he_normal: the np.random.randn(n_in, n_out) * std line from a tutorial: draws from NumPy's global state, ignoring rng (not reproducible from the seed)."""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out}.get(mode, (n_in + n_out) / 2)
    std = np.sqrt(2.0 / fan)
    return np.random.randn(n_in, n_out) * std, float(std)
