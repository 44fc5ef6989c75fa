"""backprop.mlp_backward: db summed over the units (axis 1) instead of the batch (axis 0)."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=1)
        dA = delta @ cache["W"].T
    return grads
