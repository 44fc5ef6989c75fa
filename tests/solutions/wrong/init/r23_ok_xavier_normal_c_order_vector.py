"""init.xavier_normal: right: n_in*n_out draws reshaped in C order (NumPy's default) are the same matrix as drawing (n_in, n_out) directly"""

import numpy as np


def xavier_normal(n_in, n_out, rng, mode="average"):
    """One long vector of draws, reshaped row by row."""
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal(n_in * n_out).reshape(n_in, n_out), std
