"""experiments.derivative_product: multiplies through exp(sum(log g'(z))), which hits math.log(0) (ValueError) when a factor is 0 (relu below 0, saturated sigmoid)."""

import math


def derivative_product(z_per_layer, activation="sigmoid"):
    def g_prime(z):
        if activation == "sigmoid":
            s = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            return s * (1.0 - s)
        if activation == "tanh":
            return 1.0 - math.tanh(z) ** 2
        if activation == "relu":
            return 1.0 if z > 0 else 0.0
        if activation == "leaky_relu":
            return 1.0 if z > 0 else 0.01
        return 1.0

    return math.exp(sum(math.log(g_prime(float(z))) for z in z_per_layer))
