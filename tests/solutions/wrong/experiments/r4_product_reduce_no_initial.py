"""experiments.derivative_product: functools.reduce without an initial value raises TypeError on an empty list (the empty product is 1.0)."""

import functools


def derivative_product(z_per_layer, activation="sigmoid"):
    def g(z):
        if activation == "sigmoid":
            s = 0.5 * (1.0 + np.tanh(0.5 * z))
            return s * (1.0 - s)
        if activation == "tanh":
            return 1.0 - np.tanh(z) ** 2
        if activation == "relu":
            return 1.0 if z > 0 else 0.0
        if activation == "leaky_relu":
            return 1.0 if z > 0 else 0.01
        return 1.0

    return float(functools.reduce(lambda a, b: a * b, [g(float(z)) for z in z_per_layer]))
