"""experiments.derivative_product: exp(sum(log g')): a relu layer with z < 0 takes log(0), raising a divide-by-zero warning (the value 0 is right)."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-z))
        d = s * (1.0 - s)
    elif activation == "tanh":
        d = 1.0 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(np.float64)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.exp(np.sum(np.log(d))))
