"""activations.gelu_grad: Phi(z) computed as (1 + erf(z / 2)) / 2, the sqrt(2) dropped."""

import math
import numpy as np

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    Phi = (1 + erf(z / 2)) / 2
    return Phi + z * np.exp(-z ** 2 / 2) / math.sqrt(2 * math.pi)
