"""experiments.derivative_product: sigmoid'(z) as 1 / (4 cosh(z/2)^2), whose square overflows (RuntimeWarning) at |z| = 1000"""

import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    product = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            d = 0.25 / np.cosh(z / 2.0) ** 2
        elif activation == "tanh":
            d = 1.0 - np.tanh(z) ** 2
        elif activation == "relu":
            d = 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            d = 1.0 if z > 0 else 0.01
        else:
            d = 1.0
        product *= d
    return float(product)
