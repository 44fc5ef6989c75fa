"""experiments.derivative_product: sigma'(z) evaluated as sigma(sigma(z))(1 - sigma(sigma(z))), the derivative applied to the activation's output"""

import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    def sig(v):
        e = np.exp(-np.abs(v))
        return np.where(v >= 0, 1 / (1 + e), e / (1 + e))
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        a = sig(z)
        d = sig(a) * (1 - sig(a))
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
