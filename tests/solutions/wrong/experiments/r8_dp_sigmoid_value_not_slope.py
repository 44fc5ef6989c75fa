"""experiments.derivative_product: multiplies the sigmoid values s(z) instead of their slopes s(z)(1 - s(z)); at z = 0 gives 0.5^L, not 0.25^L."""


def derivative_product(z_per_layer, activation="sigmoid"):
    import math
    out = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            out *= 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
        elif activation == "tanh":
            out *= 1 - math.tanh(z) ** 2
        elif activation in ("relu", "leaky_relu"):
            out *= 1.0 if z > 0 else (0.0 if activation == "relu" else 0.01)
    return float(out)
