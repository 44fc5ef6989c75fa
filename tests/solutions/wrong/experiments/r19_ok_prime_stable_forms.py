"""experiments.derivative_product: Right: sigmoid' = e^-|z| / (1 + e^-|z|)^2 and tanh' = 4 e^-2|z| / (1 + e^-2|z|)^2,
the even functions written with only non-positive exponents.
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """Right: sigmoid' = e^-|z| / (1 + e^-|z|)^2 and tanh' = 4 e^-2|z| / (1 + e^-2|z|)^2, the even functions written with only non-positive exponents."""
    z = np.abs(np.asarray(z_per_layer, dtype=float))
    zs = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        e = np.exp(-z)
        g = e / (1.0 + e) ** 2
    elif activation == "tanh":
        e = np.exp(-2.0 * z)
        g = 4.0 * e / (1.0 + e) ** 2
    elif activation == "relu":
        g = np.where(zs > 0, 1.0, 0.0)
    elif activation == "leaky_relu":
        g = np.where(zs > 0, 1.0, 0.01)
    else:
        g = np.ones_like(zs)
    return float(np.prod(g))
