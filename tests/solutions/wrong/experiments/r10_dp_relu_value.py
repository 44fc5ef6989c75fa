"""experiments.derivative_product: ReLU's factor is relu(z) itself, not its derivative"""

import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "relu":
        return float(np.prod(np.maximum(z, 0)))
    if activation == "leaky_relu":
        return float(np.prod(np.where(z > 0, 1.0, 0.01)))
    if activation == "tanh":
        return float(np.prod(1 - np.tanh(z) ** 2))
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        return float(np.prod(e / (1 + e) ** 2))
    return 1.0
