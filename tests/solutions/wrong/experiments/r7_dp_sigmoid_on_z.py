"""experiments.derivative_product: the sigmoid derivative written as z (1 - z), the output form s (1 - s) applied to the pre-activation."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        d = z * (1 - z)
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
