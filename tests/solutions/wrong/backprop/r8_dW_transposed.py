"""backprop.mlp_backward: dW_l = delta_l^T A_prev, shape (n_l, n_{l-1}): the transpose of the gradient."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = delta.T @ cache["A_prev"]
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
