"""Exercise: the forward pass of a multi-layer perceptron of any depth.

This file must work on its own: write the activation functions you need
(at least identity, sigmoid, tanh and relu) as helpers in this file.
"""

import numpy as np


def mlp_forward(X, params, activations):
    """Run X (N, n0) through every layer of a network of any depth L. Returns (out (N, nL), caches).

    X may hold values of any size (e.g. 1000): every activation must then saturate
    without overflow, NaN or warnings.

    params: {"W1": (n0, n1), "b1": (n1,), ..., "WL": (n_{L-1}, nL), "bL": (nL,)};
    activations: L names such as "identity", "sigmoid", "tanh", "relu", one per layer.
    For l = 1..L: Z_l = A_{l-1} W_l + b_l, A_l = g_l(Z_l), with A_0 = X; out = A_L.
    caches: a list of L dicts, layer l's being
    {"A_prev": A_{l-1} (N, n_{l-1}), "W": W_l, "b": b_l, "Z": Z_l (N, n_l), "activation": its name}.
    """
    raise NotImplementedError
