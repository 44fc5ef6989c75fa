"""experiments.derivative_product: right: a top diff of 1 multiplied down the layers in reverse order (the same product), sigmoid' via tanh so nothing overflows."""


def derivative_product(z_per_layer, activation="sigmoid"):
    slopes = {"relu": 0.0, "leaky_relu": 0.01}
    diff = 1.0
    for z in reversed([float(v) for v in z_per_layer]):
        if activation == "sigmoid":
            s = 0.5 * np.tanh(0.5 * z) + 0.5
            diff *= s * (1.0 - s)
        elif activation == "tanh":
            diff *= 1.0 - np.tanh(z) ** 2
        elif activation in slopes:
            diff *= 1.0 if z > 0 else slopes[activation]
    return float(diff)
