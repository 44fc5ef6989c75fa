"""experiments in the r20 habit: Hagan's transfer-function derivatives (logsig, tansig, poslin, purelin)."""

import numpy as np


def _derivative(n, activation):
    if activation == "sigmoid":
        a = np.exp(-np.abs(n)) / (1.0 + np.exp(-np.abs(n)))  # logsig of -|n|, never overflows
        return a * (1.0 - a)
    if activation == "tanh":
        e = np.exp(-2.0 * np.abs(n))
        return 4.0 * e / (1.0 + e) ** 2  # 1 - tansig(n)^2
    if activation == "relu":
        return 1.0 * (n > 0)  # poslin', the indicator I[n > 0]
    if activation == "leaky_relu":
        return 1.0 if n > 0 else 0.01
    if activation == "identity":
        return 1.0  # purelin
    raise ValueError(activation)


def derivative_product(z_per_layer, activation="sigmoid"):
    F_dot = [_derivative(float(n), activation) for n in z_per_layer]
    return float(np.prod(F_dot)) if F_dot else 1.0


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        h = x
        stds = np.zeros(n_layers)
        for k in range(n_layers):
            Omega = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            f = h @ Omega
            h = f * (f > 0)  # ReLU as f times the indicator
            stds[k] = h.std()
        result[scale] = stds
    return result
