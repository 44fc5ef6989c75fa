"""experiments.derivative_product: leaky ReLU's factor below 0 taken as 0.01 * z (the function's value) instead of the slope 0.01."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        s = 0.5 * (1.0 + np.tanh(0.5 * z))
        g = s * (1.0 - s)
    elif activation == "tanh":
        g = 1.0 - np.tanh(z) ** 2
    elif activation == "relu":
        g = (z > 0).astype(float)
    elif activation == "leaky_relu":
        g = np.where(z > 0, 1.0, 0.01 * z)
    else:
        g = np.ones_like(z)
    return float(np.prod(g))
