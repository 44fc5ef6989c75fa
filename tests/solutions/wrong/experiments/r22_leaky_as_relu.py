"""experiments.derivative_product: gives leaky_relu the relu derivative (0 below 0) instead of slope 0.01."""

import math


def derivative_product(z_per_layer, activation="sigmoid"):
    product = 1.0
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            s = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            product *= s * (1.0 - s)
        elif activation == "tanh":
            product *= 1.0 - math.tanh(z) ** 2
        elif activation in ("relu", "leaky_relu"):
            product *= 1.0 if z > 0 else 0.0
    return product
