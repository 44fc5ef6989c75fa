"""Forward pass of a multi-layer perceptron of any depth, caching what backprop needs.

Parameters are a dict {"W1": (n0, n1), "b1": (n1,), ..., "WL": (n_{L-1}, nL), "bL": (nL,)}
and `activations` a list of L names from reference.activations.ACTIVATIONS.
Layer l computes Z_l = A_{l-1} W_l + b_l and A_l = g_l(Z_l), with A_0 = X (N, n0).

The cache of layer l is the plain dict
    {"A_prev": A_{l-1} (N, n_{l-1}), "W": W_l, "b": b_l, "Z": Z_l (N, n_l), "activation": name}
so a grader can build caches here and hand them to a student's backward.
"""

import numpy as np

from mlptutor.reference.activations import activation_forward
from mlptutor.reference.layers import dense_forward


def count_layers(params):
    """Number L of dense layers in params; ValueError if W1..WL, b1..bL are not all there."""
    L = sum(1 for key in params if key.startswith("W"))
    expected = {f"{p}{l}" for l in range(1, L + 1) for p in "Wb"}
    if set(params) != expected:
        raise ValueError(f"params has keys {sorted(params)}; expected exactly W1, b1, ..., W{L}, b{L}")
    return L


def layer_widths(params):
    """Widths [n0, n1, ..., nL] of the network, read from the weight shapes."""
    L = count_layers(params)
    return [np.shape(params["W1"])[0]] + [np.shape(params[f"W{l}"])[1] for l in range(1, L + 1)]


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
    L = count_layers(params)
    if len(activations) != L:
        raise ValueError(f"{len(activations)} activations given for {L} layers; give one activation name per layer")
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        Z, (A_prev, W, b) = dense_forward(A, params[f"W{l}"], params[f"b{l}"])
        A, activation_cache = activation_forward(Z, name)
        caches.append({"A_prev": A_prev, "W": W, "b": b, **activation_cache})
    return A, caches


def predict(X, params, activations):
    """The network's output for X (N, n0) -> (N, nL), without caches."""
    return mlp_forward(X, params, activations)[0]


def predict_labels(X, params, activations, threshold=0.5):
    """Class labels (N,) of int: argmax over the outputs when nL > 1, else out >= threshold.

    Use threshold=0.5 for a sigmoid output and 0.0 for a logit (identity) output.
    """
    out = predict(X, params, activations)
    if out.shape[1] > 1:
        return np.argmax(out, axis=1)
    return (out[:, 0] >= threshold).astype(int)
