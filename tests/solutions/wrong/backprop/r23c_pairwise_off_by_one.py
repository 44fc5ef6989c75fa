"""backprop.mlp_backward: itertools.pairwise mixes up the layers: delta_{l-1} uses layer l's activation name on Z_{l-1}."""


import itertools


def _r23c_deriv(z, name):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    L = len(caches)
    last = caches[-1]
    delta = dout * _r23c_deriv(last["Z"], last["activation"])
    grads = {}
    for (l, upper), (_, lower) in itertools.pairwise(zip(range(L, 0, -1), caches[::-1])):
        grads[f"W{l}"] = upper["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = (delta @ upper["W"].T) * _r23c_deriv(lower["Z"], upper["activation"])
    grads["W1"] = caches[0]["A_prev"].T @ delta
    grads["b1"] = delta.sum(axis=0)
    return grads
