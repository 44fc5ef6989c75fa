"""init.xavier_normal: always std = sqrt(2 / (n_in + n_out)), the mode argument ignored."""

import numpy as np

def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(2.0 / (n_in + n_out))
    return std * rng.standard_normal((n_in, n_out)), std
