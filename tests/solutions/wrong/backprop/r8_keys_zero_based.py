"""backprop.mlp_backward: keys W0, b0, ..., W{L-1} (0-based layer index) instead of W1..WL."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches) - 1, -1, -1):
        cache = caches[l]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
