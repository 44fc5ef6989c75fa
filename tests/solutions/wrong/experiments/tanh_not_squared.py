"""experiments.derivative_product: tanh'(z) written as 1 - tanh(z) (the square forgotten)."""

def derivative_product(z_per_layer, activation="sigmoid"):
    out = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            s = 1.0 / (1.0 + np.exp(-z))
            out *= s * (1 - s)
        elif activation == "tanh":
            out *= 1 - np.tanh(z)
        elif activation == "relu":
            out *= 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            out *= 1.0 if z > 0 else 0.01
    return float(out)
