"""experiments.derivative_product: Mitchell's o(1 - o) applied to the pre-activation itself, z(1 - z), instead of
sigmoid(z)(1 - sigmoid(z)).
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """Mitchell's o(1 - o) applied to the pre-activation itself, z(1 - z), instead of sigmoid(z)(1 - sigmoid(z))."""
    product = 1.0
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            product *= z * (1.0 - z)
        elif activation == "tanh":
            product *= 1.0 - np.tanh(z) ** 2
        elif activation == "relu":
            product *= 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            product *= 1.0 if z > 0 else 0.01
    return float(product)
