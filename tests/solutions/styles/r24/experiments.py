"""Vanishing gradients and deep ReLU activation scales with Caffe layers (style r24).

derivative_product pushes a top diff of 1 down a stack of one-unit neuron
layers, each Backward_cpu multiplying by its own derivative, as Caffe's
SigmoidLayer / TanHLayer / ReLULayer (negative_slope) do. activation_scale
fills each InnerProduct weight the way a "gaussian" filler would, from the
Generator it is given.
"""

import numpy as np


def _neuron_backward(activation, bottom_data, top_diff):
    """bottom_diff of one Caffe neuron layer for a given top_diff."""
    z = np.float64(bottom_data)
    if activation == "sigmoid":
        s = 0.5 * np.tanh(0.5 * z) + 0.5
        return top_diff * s * (1.0 - s)
    if activation == "tanh":
        t = np.tanh(z)
        return top_diff * (1.0 - t * t)
    if activation == "relu":
        return top_diff * (1.0 if z > 0 else 0.0)
    if activation == "leaky_relu":
        return top_diff * (1.0 if z > 0 else 0.01)
    if activation == "identity":
        return top_diff
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l), a float: the bottom diff after backpropagating 1 through every layer."""
    diff = 1.0
    for z in reversed(list(z_per_layer)):
        diff = _neuron_backward(activation, z, diff)
    return float(diff)


def _gaussian_filler(rng, shape, std):
    return std * rng.standard_normal(shape)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """{scale: (n_layers,) std of the activations after each ReLU layer}, weights scale * He std."""
    data = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        top = data
        per_layer = np.empty(n_layers)
        for l in range(n_layers):
            weight = _gaussian_filler(rng, (width, width), scale * np.sqrt(2.0 / width))
            top = np.maximum(top @ weight, 0.0)
            per_layer[l] = top.std()
        stds[scale] = per_layer
    return stds
