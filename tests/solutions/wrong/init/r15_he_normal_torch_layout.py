"""init.he_normal: draws PyTorch's (n_out, n_in) weight and transposes it: the right shape and scale, but not the draws the docstring fixes"""
import math


def he_normal(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    std = math.sqrt(2.0 / fan)
    return (std * rng.standard_normal((n_out, n_in))).T, std
