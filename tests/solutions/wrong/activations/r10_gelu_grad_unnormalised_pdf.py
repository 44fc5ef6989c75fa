"""activations.gelu_grad: phi(z) = exp(-z^2/2) without the 1/sqrt(2 pi)"""

import numpy as np

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return _phi_cdf(z) + z * np.exp(-z ** 2 / 2)
