"""experiments.derivative_product: right: sums logs of the factors (returning 0.0 as soon as a factor is 0), exp of the sum equals the product up to rounding."""

import math


def derivative_product(z_per_layer, activation="sigmoid"):
    total = 0.0
    for z in z_per_layer:
        z = float(z)
        if activation == "sigmoid":
            # log s(z)(1 - s(z)) = -|z| - 2 log(1 + e^-|z|), no overflow either side
            total += -abs(z) - 2.0 * math.log1p(math.exp(-abs(z)))
            continue
        if activation == "tanh":
            d = 1.0 - math.tanh(z) ** 2
        elif activation == "relu":
            d = 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            d = 1.0 if z > 0 else 0.01
        else:
            d = 1.0
        if d == 0.0:
            return 0.0
        total += math.log(d)
    return math.exp(total) if total > -745.2 else 0.0
