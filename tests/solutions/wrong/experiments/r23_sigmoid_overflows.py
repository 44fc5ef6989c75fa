"""experiments.derivative_product: sigmoid as 1 / (1 + np.exp(-z)): at z = -1000 np.exp overflows with a RuntimeWarning."""


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-z))
        d = s * (1.0 - s)
    elif activation == "tanh":
        d = 1.0 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
