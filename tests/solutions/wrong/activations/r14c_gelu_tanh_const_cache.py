"""activations.gelu_tanh: RIGHT: the constant sqrt(2/pi) memoised by functools.lru_cache on a function of no arguments (pure)"""
import functools
import math

import numpy as np


@functools.lru_cache(maxsize=None)
def _r14c_gelu_coef():
    return math.sqrt(2.0 / math.pi)


def gelu_tanh(z):
    z = np.asarray(z, dtype=float)
    u = _r14c_gelu_coef() * (z + 0.044715 * z ** 3)
    return 0.5 * z * (1.0 + np.tanh(u))
