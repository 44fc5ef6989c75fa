"""init.he_uniform: any mode other than "fan_in" uses fan = n_out ("average" treated as "fan_out")"""
import numpy as np


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = n_in if mode == "fan_in" else n_out
    limit = np.sqrt(6.0 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
