"""Vanishing gradients and the activation scale, R style: prod(sapply(z, g')) and sd per layer."""

import numpy as np


def _derivative(z, activation):
    """g'(z) elementwise, from e = exp(-|z|) so that no exponent is large."""
    z = np.asarray(z, dtype=float)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        return e / (1.0 + e) ** 2  # s (1 - s), the same for z and -z
    if activation == "tanh":
        e = np.exp(-2.0 * np.abs(z))
        return 4.0 * e / (1.0 + e) ** 2  # sech^2
    if activation == "relu":
        return np.where(z > 0, 1.0, 0.0)
    if activation == "leaky_relu":
        return np.where(z > 0, 1.0, 0.01)
    if activation == "identity":
        return np.ones_like(z)
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l); a float."""
    return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation)))


def normal(n_in, n_out, rng, std):
    """Weights (n_in, n_out) drawn N(0, std^2) from rng."""
    return rng.normal(0.0, std, size=(n_in, n_out))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """{scale: (n_layers,) std of the activations after each ReLU layer}; x drawn once, then W per layer."""
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, sd = x, np.empty(n_layers)
        for layer in range(n_layers):
            a = np.maximum(a @ normal(width, width, rng, scale * np.sqrt(2.0 / width)), 0.0)
            sd[layer] = a.std()  # the population sd (ddof 0), not R's sd()
        out[scale] = sd
    return out
