"""Initialisers from one factory over (gain, distribution) (helpers style)."""

import numpy as np

_FANS = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2,
}
_HE_GAIN = 2.0
_XAVIER_GAIN = 1.0


def _scale(gain, n_in, n_out, mode):
    return np.sqrt(gain / _FANS[mode](n_in, n_out))


def _normal(gain, n_in, n_out, rng, mode):
    std = _scale(gain, n_in, n_out, mode)
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform(gain, n_in, n_out, rng, mode):
    # a uniform on [-a, a] has variance a^2 / 3, so a = sqrt(3 gain / fan)
    limit = _scale(3.0 * gain, n_in, n_out, mode)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(_HE_GAIN, n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(_HE_GAIN, n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(_XAVIER_GAIN, n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(_XAVIER_GAIN, n_in, n_out, rng, mode)
