"""init.lecun_normal: follows the one-line docstring std = sqrt(1/n_in) and ignores mode ("fan_out", "average")"""

import numpy as np


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / n_in)
    return std * rng.standard_normal((n_in, n_out)), std
