"""activations.prelu_alpha_grad: already summed over the batch, shape (n,) instead of that of z"""

import numpy as np

def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.minimum(z, 0.0).sum(axis=0)
