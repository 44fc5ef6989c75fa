"""init.xavier_normal: 'fan_in' uses n_out and 'fan_out' uses n_in"""

import numpy as np

def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1 / _fan(n_out, n_in, mode))
    return std * rng.standard_normal((n_in, n_out)), float(std)
