"""backprop.mlp_backward: delta_L = dout (the softmax/CE shortcut), the output activation's derivative left out; wrong when the last activation is not identity."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    L = len(caches)
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        delta = dA if l == L else dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
