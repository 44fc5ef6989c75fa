"""activations.gelu_grad: np.vectorize(math.erf) without otypes, so an empty batch raises"""
import math

import numpy as np


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    Phi = 0.5 * (1.0 + np.vectorize(math.erf)(z / math.sqrt(2.0)))
    phi = np.exp(-z * z / 2.0) / math.sqrt(2.0 * math.pi)
    return Phi + z * phi
