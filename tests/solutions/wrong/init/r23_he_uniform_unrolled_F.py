"""init.he_uniform: one long theta of n_in*n_out draws rolled back with reshape(..., order='F'): the values land in other positions"""

import numpy as np


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """theta = uniform(-r, r, n_in*n_out); W = reshape(theta, n_in, n_out) the MATLAB (column-major) way."""
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    theta = rng.uniform(-limit, limit, size=n_in * n_out)
    return theta.reshape((n_in, n_out), order="F"), limit
