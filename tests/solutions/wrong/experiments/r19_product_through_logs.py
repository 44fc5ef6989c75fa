"""experiments.derivative_product: Multiplies through logs, exp(sum log g'(z)): a zero factor (relu below 0, saturated
sigmoid) takes log(0) with a RuntimeWarning.
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """Multiplies through logs, exp(sum log g'(z)): a zero factor (relu below 0, saturated sigmoid) takes log(0) with a RuntimeWarning."""
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        s = np.exp(-np.logaddexp(0.0, -z))
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
