"""experiments.derivative_product: returns the running products per layer (a list) instead of the final float."""

def derivative_product(z_per_layer, activation="sigmoid"):
    import math
    total, running = 1.0, []
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            s = 0.5 * (1 + math.tanh(z / 2))
            d = s * (1 - s)
        elif activation == "tanh":
            d = 1 - math.tanh(z) ** 2
        elif activation == "relu":
            d = 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            d = 1.0 if z > 0 else 0.01
        else:
            d = 1.0
        total *= d
        running.append(total)
    return running
