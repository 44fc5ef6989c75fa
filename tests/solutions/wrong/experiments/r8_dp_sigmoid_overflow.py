"""experiments.derivative_product: sigmoid' from 1 / (1 + math.exp(-z)), which raises OverflowError at z = -1000 (the docstring's saturated input)."""


def derivative_product(z_per_layer, activation="sigmoid"):
    import math
    out = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            s = 1 / (1 + math.exp(-z))
            out *= s * (1 - s)
        elif activation == "tanh":
            out *= 1 - math.tanh(z) ** 2
        elif activation == "relu":
            out *= 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            out *= 1.0 if z > 0 else 0.01
    return float(out)
