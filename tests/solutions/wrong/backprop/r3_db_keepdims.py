"""backprop.mlp_backward: db_l summed with keepdims=True, shape (1, n_l) instead of (n_l,)."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0, keepdims=True)
        dA = delta @ cache["W"].T
    return grads
