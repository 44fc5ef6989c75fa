"""init.lecun_normal: mode 'average' uses fan = n_in + n_out (UFLDL's hidden + visible), the /2 missing"""

import numpy as np


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    """std = sqrt(1 / fan) with the average fan taken as the sum of both sizes."""
    fan = {"fan_in": n_in, "fan_out": n_out, "average": n_in + n_out}[mode]
    std = np.sqrt(1.0 / fan)
    return std * rng.standard_normal((n_in, n_out)), std
