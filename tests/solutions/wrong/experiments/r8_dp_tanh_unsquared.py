"""experiments.derivative_product: tanh'(z) written 1 - tanh(z) (square missing); wrong for every z != 0, 2 at z = -1000."""


def derivative_product(z_per_layer, activation="sigmoid"):
    import math
    out = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            e = math.exp(-abs(z))
            out *= e / (1 + e) ** 2
        elif activation == "tanh":
            out *= 1 - math.tanh(z)
        elif activation in ("relu", "leaky_relu"):
            out *= 1.0 if z > 0 else (0.0 if activation == "relu" else 0.01)
    return float(out)
