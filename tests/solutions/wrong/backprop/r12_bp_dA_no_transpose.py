"""backprop.mlp_backward: the error sent down as delta W instead of delta W^T."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"]
    return grads
