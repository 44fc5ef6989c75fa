"""experiments.derivative_product: multiplies in log space, exp(sum log g'(z)): a zero factor (relu below 0, saturated sigmoid) takes log(0) with a RuntimeWarning."""


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    if activation == "sigmoid":
        s = 0.5 * np.tanh(0.5 * z) + 0.5
        d = s * (1 - s)
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(np.float64)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    else:
        d = np.ones_like(z)
    return float(np.exp(np.sum(np.log(d))))
