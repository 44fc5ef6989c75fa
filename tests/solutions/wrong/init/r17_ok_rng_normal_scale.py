"""init.he_normal: RIGHT: rng.normal(0, std, size) draws the same standard normals as rng.standard_normal and scales them: the same W.

Habit: deeplearning.ai's randn * sqrt(2 / fan) written with the Generator's normal(loc, scale).
"""

import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return rng.normal(0.0, std, size=(n_in, n_out)), std
