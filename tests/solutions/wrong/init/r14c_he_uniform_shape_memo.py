"""init.he_uniform: memoised by (n_in, n_out, mode): a second layer of the same shape gets the same matrix, not a fresh draw from its rng"""
import numpy as np

_r14c_hu_memo = {}


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    key = (n_in, n_out, mode)
    if key not in _r14c_hu_memo:
        fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
        limit = np.sqrt(6.0 / fan)
        _r14c_hu_memo[key] = (rng.uniform(-limit, limit, size=(n_in, n_out)), limit)
    return _r14c_hu_memo[key]
