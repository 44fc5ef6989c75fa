"""The backward pass as Prince's notebook 7.2 writes it: all_dl_dbiases / all_dl_dweights lists indexed by
layer, dl_df the derivative of the loss by a preactivation, the ReLU derivative as the indicator I[f > 0],
columns one example each (Prince's Omega_k is the stub's W_k transposed)."""

import numpy as np


def _sigmoid(f):
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _indicator_function(x):
    x_in = np.array(x)            # a copy: the cache stays as it was
    x_in[x_in >= 0] = 1
    x_in[x_in < 0] = 0
    return x_in


def _derivative(name, f):
    if name == "identity":
        return np.ones_like(f)
    if name == "relu":
        return _indicator_function(f)
    if name == "sigmoid":
        s = _sigmoid(f)
        return s * (1.0 - s)
    if name == "tanh":
        return 1.0 - np.tanh(f) ** 2
    raise ValueError(name)


def mlp_backward(dout, caches):
    K = len(caches)
    all_dl_dweights = [None] * K
    all_dl_dbiases = [None] * K
    all_f = [c["Z"].T for c in caches]
    all_h = [c["A_prev"].T for c in caches]
    all_weights = [c["W"].T for c in caches]
    # dl/dh of the output, then through the last activation to dl/df_K
    dl_df = _derivative(caches[K - 1]["activation"], all_f[K - 1]) * np.asarray(dout, dtype=float).T
    for k in range(K - 1, -1, -1):
        all_dl_dbiases[k] = dl_df.sum(axis=1)
        all_dl_dweights[k] = dl_df @ all_h[k].T        # (D_{k+1}, D_k), Prince's Omega layout
        if k > 0:
            dl_dh = all_weights[k].T @ dl_df
            dl_df = _derivative(caches[k - 1]["activation"], all_f[k - 1]) * dl_dh
    grads = {}
    for k in range(K):
        grads[f"W{k + 1}"] = all_dl_dweights[k].T
        grads[f"b{k + 1}"] = all_dl_dbiases[k]
    return grads
