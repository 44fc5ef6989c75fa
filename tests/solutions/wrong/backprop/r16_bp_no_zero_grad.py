"""backprop.mlp_backward: micrograd habit, gradients accumulated with += into a module-level store that is never zeroed: the second call returns the sum of both calls (and keeps keys of a deeper earlier network)"""
import numpy as np

_nzg_store = {}


def _nzg_prime(name, z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))
    if name == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z, dtype=np.float64)


def mlp_backward(dout, caches):
    L = len(caches)
    delta = dout * _nzg_prime(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        for key, g in ((f"W{l}", c["A_prev"].T @ delta), (f"b{l}", delta.sum(axis=0))):
            if key in _nzg_store and _nzg_store[key].shape == g.shape:
                _nzg_store[key] = _nzg_store[key] + g
            else:
                _nzg_store[key] = g
        if l > 1:
            below = caches[l - 2]
            delta = (delta @ c["W"].T) * _nzg_prime(below["activation"], below["Z"])
    return dict(_nzg_store)
