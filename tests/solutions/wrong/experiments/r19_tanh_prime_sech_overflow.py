"""experiments.derivative_product: tanh'(z) written as 1 / cosh(z)^2: cosh(1000) overflows with a RuntimeWarning (and
sigmoid's e^-z likewise at -1000).
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """tanh'(z) written as 1 / cosh(z)^2: cosh(1000) overflows with a RuntimeWarning (and sigmoid's e^-z likewise at -1000)."""
    product = 1.0
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            s = 1.0 / (1.0 + np.exp(-z))
            product *= s * (1.0 - s)
        elif activation == "tanh":
            product *= 1.0 / np.cosh(z) ** 2
        elif activation == "relu":
            product *= 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            product *= 1.0 if z > 0 else 0.01
    return float(product)
