"""experiments.derivative_product: relu/identity derivatives as Python ints (z > 0, 1) multiplied with math.prod, so a relu or identity product comes back an int, not the float the docstring promises"""
import math


def derivative_product(z_per_layer, activation="sigmoid"):
    def d(z):
        if activation == "sigmoid":
            e = math.exp(-abs(z))
            return e / (1.0 + e) ** 2
        if activation == "tanh":
            return 1.0 - math.tanh(z) ** 2
        if activation == "relu":
            return int(z > 0)
        if activation == "leaky_relu":
            return 1 if z > 0 else 0.01
        return 1
    return math.prod(d(float(z)) for z in z_per_layer)
