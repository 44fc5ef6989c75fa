"""experiments.derivative_product: the relu branch multiplies relu(z) = max(z, 0) (the activation) instead of its derivative."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    s = 1.0 / (1.0 + np.exp(-z))
    d = {"sigmoid": s * (1 - s), "tanh": 1 - np.tanh(z) ** 2, "relu": np.maximum(z, 0.0),
         "leaky_relu": np.where(z > 0, 1.0, 0.01), "identity": np.ones_like(z)}[activation]
    return float(np.prod(d))
