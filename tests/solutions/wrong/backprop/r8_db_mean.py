"""backprop.mlp_backward: db_l is the batch mean of delta_l instead of the sum; right only for N = 1."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.mean(axis=0)
        dA = delta @ cache["W"].T
    return grads
