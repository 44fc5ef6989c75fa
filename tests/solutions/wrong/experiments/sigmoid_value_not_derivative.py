"""experiments.derivative_product: multiplies the activations g(z) for sigmoid and tanh instead of their derivatives g'(z)."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        d = 1.0 / (1.0 + np.exp(-z))
    elif activation == "tanh":
        d = np.tanh(z)
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
