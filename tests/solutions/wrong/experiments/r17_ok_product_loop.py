"""experiments.derivative_product: RIGHT: multiplies the derivatives one at a time with math, returning as soon as a factor is 0.

sigmoid'(z) = e^{-|z|} / (1 + e^{-|z|})^2 (even in z, no large exponent); tanh'(z) = 1 - tanh(z)^2.
"""


def derivative_product(z_per_layer, activation="sigmoid"):
    import math

    product = 1.0
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            e = math.exp(-abs(z))
            factor = e / (1.0 + e) ** 2
        elif activation == "tanh":
            factor = 1.0 - math.tanh(z) ** 2
        elif activation == "relu":
            factor = 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            factor = 1.0 if z > 0 else 0.01
        else:
            factor = 1.0
        if factor == 0.0:
            return 0.0
        product *= factor
    return product
