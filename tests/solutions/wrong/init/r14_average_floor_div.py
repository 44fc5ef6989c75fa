"""init.xavier_uniform: fan "average" as (n_in + n_out) // 2, integer division, wrong whenever n_in + n_out is odd"""
import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) // 2}[mode]
    limit = np.sqrt(3.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
