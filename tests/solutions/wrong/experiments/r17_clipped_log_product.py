"""experiments.derivative_product: clips every factor to >= 1e-300 before the log-sum, so a product with a zero factor comes out tiny but not 0.

Habit: defensive production code "guarding" np.log against 0 with a floor instead of returning 0.
"""


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(list(z_per_layer), dtype=np.float64)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        d = s * (1.0 - s)
    elif activation == "tanh":
        d = 1.0 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(np.float64)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 1.0, 0.01)
    elif activation == "identity":
        d = np.ones_like(z)
    else:
        raise ValueError(f"unknown activation {activation!r}")
    return float(np.exp(np.sum(np.log(np.clip(d, 1e-300, None)))))
