"""backprop.mlp_backward: delta_L computed in place in the caller's dout (dout *= g'(Z_L)), changing an argument."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        dA *= _derivative(cache["Z"], cache["activation"])
        delta = dA
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
