"""experiments.derivative_product: Multiplies in log space, exp(sum log g'(z)), to dodge underflow: a zero factor (relu
below 0) makes log(0) warn (divide by zero) on the way to the 0.
"""

def derivative_product(z_per_layer, activation="sigmoid"):
    """Multiplies in log space, exp(sum log g'(z)), to dodge underflow: a zero factor (relu below 0) makes log(0) warn (divide by zero) on the way to the 0."""
    logs = np.log(_derivative(np.asarray(z_per_layer, dtype=float), activation))
    return float(np.exp(logs.sum()))
