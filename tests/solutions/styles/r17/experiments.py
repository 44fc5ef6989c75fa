"""Vanishing gradients and deep ReLU scales (habit: defensive production code: asarray with float64,
ValueError on unknown names and bad sizes, stable formulas, early return for an empty product, copies)."""

from typing import Dict, Iterable, Sequence

import numpy as np

_KNOWN = ("sigmoid", "tanh", "relu", "leaky_relu", "identity")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Stable logistic: exp of -|z| only, never of a large positive number."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _derivative(z: np.ndarray, activation: str) -> np.ndarray:
    """g'(z) elementwise for one of the known activations."""
    if activation == "sigmoid":
        s = _sigmoid(z)
        return s * (1.0 - s)
    if activation == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if activation == "relu":
        return (z > 0).astype(np.float64)
    if activation == "leaky_relu":
        return np.where(z > 0, 1.0, 0.01)
    return np.ones_like(z)


def derivative_product(z_per_layer: Iterable[float], activation: str = "sigmoid") -> float:
    """prod_l g'(z_l) for one pre-activation value z_l per layer, g = `activation`; a float.

    derivative_product([0.0] * 10, "sigmoid") = 0.25^10 ~ 9.5e-7.
    """
    if activation not in _KNOWN:
        raise ValueError(f"unknown activation {activation!r}; use one of {', '.join(_KNOWN)}")
    z = np.asarray(list(z_per_layer), dtype=np.float64).ravel()
    if z.size == 0:
        return 1.0  # the empty product
    factors = _derivative(z, activation)
    if np.any(factors == 0.0):
        return 0.0  # no underflow games with a product that is exactly 0
    return float(np.prod(factors))


def activation_scale(rng: np.random.Generator, scales: Sequence[float] = (0.5, 1.0, 2.0),
                     n_layers: int = 50, width: int = 256, batch: int = 1) -> Dict[float, np.ndarray]:
    """Std of the activations after each of n_layers ReLU layers, for several init scales.

    Draws x = rng.standard_normal((batch, width)) once; then for each scale in order
    and each layer: W = normal(width, width, rng, scale * sqrt(2 / width)) (scale 1 is He),
    a <- relu(a @ W), recording a.std(). No biases.
    Returns {scale: float array (n_layers,) of per-layer std}.
    """
    if not isinstance(rng, np.random.Generator):
        raise ValueError("rng must be a numpy.random.Generator")
    if n_layers < 0 or width < 1 or batch < 1:
        raise ValueError(f"need n_layers >= 0, width >= 1, batch >= 1; got {n_layers}, {width}, {batch}")
    x = rng.standard_normal((batch, width))
    result: Dict[float, np.ndarray] = {}
    for scale in scales:
        std = float(scale) * np.sqrt(2.0 / width)
        a = x.copy()
        stds = np.empty(n_layers, dtype=np.float64)
        for layer in range(n_layers):
            W = rng.normal(0.0, std, size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
