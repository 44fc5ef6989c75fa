"""experiments.derivative_product: the leaky_relu derivative uses slope 0.1 for z < 0 instead of the stated 0.01."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "leaky_relu":
        return float(np.prod(np.where(z > 0, 1.0, 0.1)))
    return float(np.prod(_derivative(z, activation)))
