"""init.he_uniform: "average" fan by integer division (n_in + n_out) // 2: wrong when n_in + n_out is odd"""

import numpy as np


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    if mode == "fan_in":
        fan = n_in
    elif mode == "fan_out":
        fan = n_out
    else:
        fan = (n_in + n_out) // 2
    limit = np.sqrt(6 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
