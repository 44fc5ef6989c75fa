"""init.lecun_uniform: follows its one-line docstring (fan = n_in) and ignores mode, though the module says LeCun's mode works like He's"""
import numpy as np


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(3.0 / n_in)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
