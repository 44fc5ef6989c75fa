"""experiments.derivative_product: sigmoid'(z) from s = 1 / (1 + np.exp(-z)): np.exp overflows (RuntimeWarning) for z =
-1000 although the product itself is a plain 0.
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """sigmoid'(z) from s = 1 / (1 + np.exp(-z)): np.exp overflows (RuntimeWarning) for z = -1000 although the product itself is a plain 0."""
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-z))
        return float(np.prod(s * (1 - s)))
    return float(np.prod(_derivative(z, activation)))
