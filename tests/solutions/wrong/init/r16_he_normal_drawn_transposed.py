"""init.he_normal: PyTorch/Nielsen layout, drawn as (n_out, n_in) and transposed to fit: right shape and distribution, but not the docstring's draw value for value"""
import numpy as np


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = np.sqrt(2.0 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, float(std)
