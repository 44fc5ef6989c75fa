"""experiments.derivative_product: sigmoid as 1/(1 + np.exp(-z)), overflows (RuntimeWarning) at z = -1000"""

import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        s = 1 / (1 + np.exp(-z))
        d = s * (1 - s)
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = np.where(z > 0, 1.0, 0.0)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
