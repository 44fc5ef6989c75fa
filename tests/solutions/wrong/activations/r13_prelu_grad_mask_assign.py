"""activations.prelu_grad: boolean-mask assignment of alpha, which fails for a per-unit alpha (n,)"""
import numpy as np


def prelu_grad(z, alpha):
    g = np.ones_like(z, dtype=np.float64)
    g[z <= 0] = alpha
    return g
