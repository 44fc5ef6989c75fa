"""backprop.mlp_backward: right: AIMA's output-form derivatives a (1 - a) and 1 - a^2 applied to a = g(Z) recomputed from the cache (sigmoid via tanh, no overflow)"""

import numpy as np


def _r23_out(name, z):
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * z))
    if name == "tanh":
        return np.tanh(z)
    return z


def _r23_from_output(name, a, z):
    """aima-python's sigmoid_derivative(value) / tanh_derivative(value) on the OUTPUT value."""
    if name == "sigmoid":
        return a * (1 - a)
    if name == "tanh":
        return 1 - a ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    """Delta[j] = g'(in_j) * sum_k w_jk Delta[k], vectorised over the batch."""
    grads = {}

    def gprime(c):
        z = np.asarray(c["Z"], dtype=np.float64)
        return _r23_from_output(c["activation"], _r23_out(c["activation"], z), z)

    delta = np.asarray(dout, dtype=np.float64) * gprime(caches[-1])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = np.asarray(c["A_prev"]).T @ delta
        grads["b%d" % l] = np.sum(delta, axis=0)
        if l > 1:
            delta = (delta @ np.asarray(c["W"]).T) * gprime(caches[l - 2])
    return grads
