"""experiments.derivative_product: exp(sum(log g')) to avoid underflow: log(0) warns and the product of a ReLU below 0 goes through -inf."""

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
        g = np.where(z > 0, 1.0, 0.01)
    else:
        g = np.ones_like(z)
    return float(np.exp(np.sum(np.log(g))))
