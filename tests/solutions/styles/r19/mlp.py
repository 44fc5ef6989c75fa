"""The MLP forward pass as a PyTorch user writes nn.Sequential: the params dict is read like a state_dict
into (weight, bias) pairs with torch's weight layout (out_features, in_features), then x @ weight.T + bias."""

import numpy as np


def _sigmoid(x):
    # torch.sigmoid, stable on both sides
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_ACTIVATIONS = {
    "identity": lambda x: x,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, 0.0),
}


def _modules(params, n_layers):
    # [(fc1.weight, fc1.bias), ...] with fc.weight = W.T
    return [(params[f"W{i}"].T, params[f"b{i}"]) for i in range(1, n_layers + 1)]


def mlp_forward(X, params, activations):
    """Run X (N, n0) through every layer of a network of any depth L. Returns (out (N, nL), caches).

    params: {"W1": (n0, n1), "b1": (n1,), ..., "WL": (n_{L-1}, nL), "bL": (nL,)};
    activations: L names, one per layer. Z_l = A_{l-1} W_l + b_l, A_l = g_l(Z_l), A_0 = X.
    caches: a list of L dicts {"A_prev", "W", "b", "Z", "activation"}.
    """
    x = np.asarray(X, dtype=np.float64)
    caches = []
    for (weight, bias), name in zip(_modules(params, len(activations)), activations):
        z = x @ weight.T + bias
        caches.append({"A_prev": x, "W": weight.T, "b": bias, "Z": z, "activation": name})
        x = _ACTIVATIONS[name](z)
    return x, caches
