"""experiments.derivative_product: Right: functools.reduce(operator.mul) over per-layer derivatives, float64 scalars throughout."""


import functools
import math
import operator


def _r23c_dg(z, activation):
    match activation:
        case "sigmoid":
            e = math.exp(-abs(z))
            return e / (1 + e) ** 2
        case "tanh":
            return 1 - np.tanh(z) ** 2
        case "relu":
            return 1.0 if z > 0 else 0.0
        case "leaky_relu":
            return 1.0 if z > 0 else 0.01
        case "identity":
            return 1.0
    raise ValueError(activation)


def derivative_product(z_per_layer, activation="sigmoid"):
    return float(functools.reduce(operator.mul, (_r23c_dg(float(z), activation) for z in z_per_layer), 1.0))
