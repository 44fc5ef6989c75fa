"""experiments.derivative_product: multiplies over z_per_layer[1:] (an off-by-one, "the input layer has no activation"), dropping layer 1's factor."""

def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)[1:]
    return float(np.prod(_derivative(z, activation)))
