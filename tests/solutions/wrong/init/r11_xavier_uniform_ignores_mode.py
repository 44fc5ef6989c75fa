"""init.xavier_uniform: limit = sqrt(6 / (n_in + n_out)) whatever the mode"""
import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(6.0 / (n_in + n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
