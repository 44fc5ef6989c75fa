"""init.xavier_uniform: UFLDL's initializeParameters limit r = sqrt(6) / sqrt(hidden + visible + 1): the +1 of the bias unit leaks in"""

import numpy as np


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """r = sqrt(6) / sqrt(hiddenSize + visibleSize + 1), as in sparseae's initializeParameters.m."""
    if mode == "average":
        limit = np.sqrt(6.0) / np.sqrt(n_in + n_out + 1)
    else:
        limit = np.sqrt(3.0 / {"fan_in": n_in, "fan_out": n_out}[mode])
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
