"""init.he_uniform: RIGHT: draws U[-limit, limit) as (2 * rng.random - 1) * limit, equal to rng.uniform up to rounding"""
import numpy as np


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = np.sqrt(6.0 / fan)
    return (2.0 * rng.random((n_in, n_out)) - 1.0) * limit, limit
