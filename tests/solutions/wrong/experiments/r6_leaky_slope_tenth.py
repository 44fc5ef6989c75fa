"""experiments.derivative_product: leaky_relu's slope taken as 0.1 instead of 0.01."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        s = 0.5 * (1 + np.tanh(0.5 * z))
        d = s * (1 - s)
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.1)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
