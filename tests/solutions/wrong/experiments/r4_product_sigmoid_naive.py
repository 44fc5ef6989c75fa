"""experiments.derivative_product: sigmoid' as exp(-z)/(1+exp(-z))**2: z below about -710 gives inf/inf = NaN with overflow warnings."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        e = np.exp(-z)
        d = e / (1.0 + e) ** 2
    elif activation == "tanh":
        d = 1.0 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(np.float64)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
