"""The forward pass as in Prince's 'Understanding Deep Learning' (ch. 7 notebook): biases beta_k, weights
Omega_k, column-vector preactivations f_k = beta_k + Omega_k h_k, h_{k+1} = a[f_k]. Prince's Omega_k is
(D_{k+1}, D_k), the transpose of the stub's W_k; the batch is held as columns and turned back on return."""

import numpy as np


def _sigmoid(f):
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_ACTIVATION = {
    "identity": lambda f: f,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda f: f.clip(0.0),
}


def mlp_forward(X, params, activations):
    K = len(activations)
    all_weights = [params[f"W{k + 1}"].T for k in range(K)]       # Omega_k (D_{k+1}, D_k)
    all_biases = [params[f"b{k + 1}"].reshape(-1, 1) for k in range(K)]  # beta_k as columns
    all_h = [np.asarray(X, dtype=float).T]
    all_f = []
    caches = []
    for k in range(K):
        all_f.append(all_biases[k] + all_weights[k] @ all_h[k])
        all_h.append(_ACTIVATION[activations[k]](all_f[k]))
        caches.append({"A_prev": all_h[k].T, "W": params[f"W{k + 1}"], "b": params[f"b{k + 1}"],
                       "Z": all_f[k].T, "activation": activations[k]})
    return all_h[K].T, caches
