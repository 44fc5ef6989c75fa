"""activations.gelu_grad: Phi(z) + phi(z), the product rule's factor z on the density dropped"""
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[np.float64])


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + _erf(z / math.sqrt(2.0))) + np.exp(-z ** 2 / 2) / math.sqrt(2.0 * math.pi)
