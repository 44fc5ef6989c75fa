"""experiments.derivative_product: exp(sum(log(g'))) (the statistician's guard against underflow) takes log(0) when a factor is 0 (relu below 0) and warns."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        d = e / (1 + e) ** 2
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = np.where(z > 0, 1.0, 0.0)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.exp(np.sum(np.log(d))))
