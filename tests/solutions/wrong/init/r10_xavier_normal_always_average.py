"""init.xavier_normal: std = sqrt(2 / (n_in + n_out)) whatever the mode"""

import numpy as np

def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(2 / (n_in + n_out))
    return std * rng.standard_normal((n_in, n_out)), float(std)
