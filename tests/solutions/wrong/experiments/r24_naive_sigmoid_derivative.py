"""experiments.derivative_product: sigmoid'(z) from s = 1 / (1 + np.exp(-z)): np.exp(1000) overflows with a RuntimeWarning for z = -1000."""


def derivative_product(z_per_layer, activation="sigmoid"):
    product = 1.0
    for z in z_per_layer:
        if activation == "sigmoid":
            s = 1.0 / (1.0 + np.exp(-np.float64(z)))
            product *= s * (1.0 - s)
        else:
            product *= float(_derivative(np.float64(z), activation))
    return float(product)
