"""experiments.derivative_product: relu and leaky_relu take the z > 0 side at 0 (slope 1 at z = 0), against the docstring."""

def derivative_product(z_per_layer, activation="sigmoid"):
    out = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            s = 1.0 / (1.0 + np.exp(-z))
            out *= s * (1 - s)
        elif activation == "tanh":
            out *= 1 - np.tanh(z) ** 2
        elif activation == "relu":
            out *= 1.0 if z >= 0 else 0.0
        elif activation == "leaky_relu":
            out *= 1.0 if z >= 0 else 0.01
    return float(out)
