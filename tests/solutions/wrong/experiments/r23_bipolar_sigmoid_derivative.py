"""experiments.derivative_product: sigmoid factor is Fausett's bipolar derivative 0.5 (1 + f)(1 - f) of f = 2 sigmoid - 1, i.e. 2 s (1 - s) (0.5 at 0, not 0.25)."""


def derivative_product(z_per_layer, activation="sigmoid"):
    factor = 1.0
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            f = np.tanh(0.5 * z)  # bipolar sigmoid 2 / (1 + exp(-z)) - 1
            d = 0.5 * (1.0 + f) * (1.0 - f)
        elif activation == "tanh":
            d = 1.0 - np.tanh(z) ** 2
        elif activation == "relu":
            d = 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            d = 1.0 if z > 0 else 0.01
        else:
            d = 1.0
        factor *= d
    return float(factor)
