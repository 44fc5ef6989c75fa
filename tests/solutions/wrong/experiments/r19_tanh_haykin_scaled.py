"""experiments.derivative_product: tanh taken as Haykin's recommended 1.7159 tanh(2v/3), whose derivative (2/3)
1.7159 (1 - tanh^2(2v/3)) is not the plain tanh's 1 - tanh^2(v).
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """tanh taken as Haykin's recommended 1.7159 tanh(2v/3), whose derivative (2/3) 1.7159 (1 - tanh^2(2v/3)) is not the plain tanh's 1 - tanh^2(v)."""
    product = 1.0
    for v in z_per_layer:
        v = float(v)
        if activation == "sigmoid":
            e = np.exp(-abs(v))
            product *= e / (1.0 + e) ** 2
        elif activation == "tanh":
            product *= (2.0 / 3.0) * 1.7159 * (1.0 - np.tanh(2.0 * v / 3.0) ** 2)
        elif activation == "relu":
            product *= 1.0 if v > 0 else 0.0
        elif activation == "leaky_relu":
            product *= 1.0 if v > 0 else 0.01
    return float(product)
