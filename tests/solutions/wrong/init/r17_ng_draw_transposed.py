"""init.he_normal: Draws Ng's (n_l, n_{l-1}) = (n_out, n_in) matrix and transposes it: the right shape and std, but not the documented draw.

Habit: deeplearning.ai's np.random.randn(layers_dims[l], layers_dims[l-1]) * np.sqrt(2 / layers_dims[l-1]),
transposed at the border to the stub's (n_in, n_out).
"""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return (rng.standard_normal((n_out, n_in)) * std).T, std
