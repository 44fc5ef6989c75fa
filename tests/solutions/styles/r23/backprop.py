"""Backpropagation as UFLDL writes it, one example per column.

UFLDL: delta3 = -(y - a3) .* fprime(z3); delta2 = (W2' * delta3) .* fprime(z2);
W1grad = delta2 * a1'; b1grad = sum(delta2, 2). fprime works on the OUTPUT a = f(z)
(a .* (1 - a) for the sigmoid), so each derivative first recomputes a from z.
The stub's W_l is (n_{l-1}, n_l): UFLDL's W is its transpose.
"""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _fprime(name, z):
    if name == "identity":
        return np.ones_like(z)
    if name == "sigmoid":
        a = _sigmoid(z)
        return a * (1.0 - a)
    if name == "tanh":
        a = np.tanh(z)
        return 1.0 - a * a
    if name == "relu":
        return (z > 0).astype(np.float64)
    raise ValueError("unknown activation %r" % name)


def mlp_backward(dout, caches):
    """delta_L = dout .* fprime(z_L); then down the layers with W' * delta."""
    grads = {}
    L = len(caches)
    top = caches[-1]
    delta = np.asarray(dout, dtype=np.float64).T * _fprime(top["activation"], np.asarray(top["Z"], dtype=np.float64).T)
    for l in range(L, 0, -1):
        c = caches[l - 1]
        a_prev = np.asarray(c["A_prev"], dtype=np.float64).T      # (n_{l-1}, m)
        Wt = np.asarray(c["W"], dtype=np.float64).T               # UFLDL's W (n_l, n_{l-1})
        grads["W%d" % l] = (delta @ a_prev.T).T
        grads["b%d" % l] = np.sum(delta, axis=1)
        if l > 1:
            below = caches[l - 2]
            delta = (Wt.T @ delta) * _fprime(below["activation"], np.asarray(below["Z"], dtype=np.float64).T)
    return grads
