"""init.he_uniform: RIGHT: limit * (2 rng.random(size) - 1), the same uniform stream as rng.uniform(-limit, limit), equal to within one rounding"""
import math


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    fan = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]
    limit = math.sqrt(6.0 / fan)
    return limit * (2.0 * rng.random((n_in, n_out)) - 1.0), limit
