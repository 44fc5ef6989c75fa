"""experiments.derivative_product: two slips: tanh' as 1 - tanh(z) and leaky_relu's slope 0.1"""

import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    out = 1.0
    for z in np.asarray(z_per_layer, dtype=float).ravel():
        if activation == "sigmoid":
            t = np.exp(-abs(z))
            out *= t / (1 + t) ** 2
        elif activation == "tanh":
            out *= 1 - np.tanh(z)
        elif activation == "relu":
            out *= 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            out *= 1.0 if z > 0 else 0.1
    return float(out)
