"""Vanishing gradients (noisy style): prints per layer, np.errstate around the products."""

import warnings

import numpy as np

print("experiments.py loaded")


def _sigmoid(z):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


DERIVATIVES = {
    "sigmoid": lambda z: _sigmoid(z) * (1.0 - _sigmoid(z)),
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: np.where(z > 0, 1.0, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, 1.0, 0.01),
    "identity": lambda z: np.ones_like(z),
}


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        d = DERIVATIVES[activation](z)
    print(f"{activation}: {len(z)} layers, smallest factor {d.min() if d.size else 1.0}")
    return float(np.prod(d))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = []
        for layer in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            with np.errstate(over="ignore", invalid="ignore"):
                a = np.maximum(0, a @ W)
            stds.append(a.std())
        print(f"scale {scale}: std after {n_layers} layers = {stds[-1]:.3g}")
        result[scale] = np.array(stds, dtype=np.float64)
    return result


print(derivative_product([0.0] * 10))
