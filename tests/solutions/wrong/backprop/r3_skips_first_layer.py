"""backprop.mlp_backward: the loop is range(L, 1, -1), an off-by-one that never reaches layer 1: no "W1"/"b1" in the result."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 1, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
