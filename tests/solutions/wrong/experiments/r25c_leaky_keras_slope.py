"""experiments.derivative_product: leaky_relu's negative slope taken from Keras's LeakyReLU default (0.3), not the documented 0.01."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "leaky_relu":
        return float(np.prod(np.where(z > 0, 1.0, 0.3)))
    return float(np.prod(_derivative(z, activation)))
