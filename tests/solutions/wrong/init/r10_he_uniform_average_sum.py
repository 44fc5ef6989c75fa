"""init.he_uniform: fan = n_in + n_out for 'average' (the / 2 forgotten)"""

import numpy as np

def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": n_in + n_out}[mode]
    limit = np.sqrt(6 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
