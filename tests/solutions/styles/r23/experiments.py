"""Depth experiments with Fausett's derivative habits: each activation's derivative written in
terms of the function value, f'(x) = f(x) [1 - f(x)] for the binary sigmoid, 1 - f(x)^2 for tanh,
and the product taken layer by layer as a running factor. The init loop draws like a
Theano HiddenLayer, W_values from the rng given, layer after layer."""

import numpy as np

_SLOPE = 0.01


def _binary_sigmoid(x):
    """f(x) = 1 / (1 + exp(-x)) with no exponent above 0."""
    e = np.exp(-abs(x))
    return 1.0 / (1.0 + e) if x >= 0 else e / (1.0 + e)


def _f_prime(x, activation):
    if activation == "sigmoid":
        f = _binary_sigmoid(x)
        return f * (1.0 - f)
    if activation == "tanh":
        f = np.tanh(x)
        return 1.0 - f * f
    if activation == "relu":
        return 1.0 if x > 0 else 0.0
    if activation == "leaky_relu":
        return 1.0 if x > 0 else _SLOPE
    if activation == "identity":
        return 1.0
    raise ValueError("unknown activation %r" % (activation,))


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l) for one pre-activation value z_l per layer, g = `activation`; a float."""
    factor = 1.0
    for z in z_per_layer:
        factor = factor * _f_prime(float(z), activation)
    return float(factor)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Std of the activations after each of n_layers ReLU layers, for several init scales.

    x = rng.standard_normal((batch, width)) once; per scale and layer
    W = scale * sqrt(2 / width) * standard normal (width, width), a <- relu(a @ W).
    Returns {scale: float array (n_layers,) of per-layer std}.
    """
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = np.zeros(n_layers)
        for layer in range(n_layers):
            W_values = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(np.dot(a, W_values), 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
