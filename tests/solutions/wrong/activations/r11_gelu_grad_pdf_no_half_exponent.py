"""activations.gelu_grad: the normal density written exp(-z^2)/sqrt(2 pi), the 1/2 of the exponent forgotten"""
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[np.float64])


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + _erf(z / math.sqrt(2.0))) + z * np.exp(-z ** 2) / math.sqrt(2.0 * math.pi)
