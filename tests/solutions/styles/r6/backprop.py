"""A correct solution of exercises/backprop.py, style r6: recursion over the cache list, tensordot products."""
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _dsig(z):
    s = _sigmoid(z)
    return s * (1.0 - s)


_DERIV = {
    "identity": lambda z: np.ones_like(z),
    "sigmoid": _dsig,
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: (z > 0).astype(np.float64),
}


def _back(delta_after, caches, layer, grads):
    """delta_after = dL/dA_layer; fills grads for layers layer..1."""
    if layer == 0:
        return grads
    c = caches[layer - 1]
    Z = np.asarray(c["Z"], dtype=np.float64)
    delta = delta_after * _DERIV[c["activation"]](Z)
    A_prev = np.asarray(c["A_prev"], dtype=np.float64)
    W = np.asarray(c["W"], dtype=np.float64)
    grads[f"W{layer}"] = np.tensordot(A_prev, delta, axes=([0], [0]))
    grads[f"b{layer}"] = delta.sum(axis=0)
    return _back(np.tensordot(delta, W, axes=([1], [1])), caches, layer - 1, grads)


def mlp_backward(dout, caches):
    grads = _back(np.asarray(dout, dtype=np.float64), list(caches), len(caches), {})
    return {k: grads[k] for k in sorted(grads, key=lambda k: (int(k[1:]), k[0]))}
