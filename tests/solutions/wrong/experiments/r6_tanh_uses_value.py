"""experiments.derivative_product: for tanh multiplies tanh(z) itself instead of 1 - tanh(z)^2."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        s = 0.5 * (1 + np.tanh(0.5 * z))
        d = s * (1 - s)
    elif activation == "tanh":
        d = np.tanh(z)
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
