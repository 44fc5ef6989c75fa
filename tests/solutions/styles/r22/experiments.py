"""Exercise: why depth is hard, vanishing gradients and the activation scale of deep ReLU stacks.

Data Science from Scratch style: the product is a loop over plain floats with the
math module; numpy only where the Generator's draws must match.
"""

import math
from typing import Callable, Dict, List

import numpy as np


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _sigmoid_prime(z: float) -> float:
    s = _sigmoid(z)
    return s * (1.0 - s)


def _tanh_prime(z: float) -> float:
    return 1.0 - math.tanh(z) ** 2


_DERIVATIVES: Dict[str, Callable[[float], float]] = {
    "sigmoid": _sigmoid_prime,
    "tanh": _tanh_prime,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l) for one pre-activation value z_l per layer, g = `activation`; a float.

    derivative_product([0.0] * 10, "sigmoid") = 0.25^10 ~ 9.5e-7.
    """
    g_prime = _DERIVATIVES[activation]
    zs: List[float] = [float(z) for z in np.asarray(z_per_layer, dtype=float).ravel()]
    product = 1.0
    for z in zs:
        product *= g_prime(z)
        if product == 0.0:
            break
    return product


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Std of the activations after each of n_layers ReLU layers, for several init scales.

    Draws x = rng.standard_normal((batch, width)) once; then for each scale in order
    and each layer: W = normal(width, width, rng, scale * sqrt(2 / width)) (scale 1 is He),
    a <- relu(a @ W), recording a.std(). No biases.
    Returns {scale: float array (n_layers,) of per-layer std}.
    """
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        std = scale * math.sqrt(2.0 / width)
        a = x
        stds: List[float] = []
        for _ in range(n_layers):
            W = rng.normal(0.0, std, size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(float(a.std()))
        result[scale] = np.array(stds, dtype=np.float64)
    return result
