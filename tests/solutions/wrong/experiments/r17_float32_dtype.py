"""experiments.derivative_product: coerces the pre-activations to float32, so sigmoid'/tanh' of moderately large z round to 0 (or lose digits).

Habit: defensive np.asarray(..., dtype=np.float32) "to save memory"; s = 1 exactly in float32 for z >= 17.
"""


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(list(z_per_layer), dtype=np.float32)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float32)
        d = s * (1 - s)
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(np.float32)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1, 0.01).astype(np.float32)
    elif activation == "identity":
        d = np.ones_like(z)
    else:
        raise ValueError(f"unknown activation {activation!r}")
    return float(np.prod(d))
