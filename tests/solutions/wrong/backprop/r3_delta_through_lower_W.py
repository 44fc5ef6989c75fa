"""backprop.mlp_backward: passes delta down through the weights of the layer below (caches[l-2]["W"]) instead of its own W_l:
crashes unless the widths are equal, and on equal (square) widths the hidden gradients are wrong."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            dA = delta @ caches[l - 2]["W"].T
    return grads
