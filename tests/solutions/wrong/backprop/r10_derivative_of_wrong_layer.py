"""backprop.mlp_backward: delta_{l-1} multiplied by g_l'(Z_l) of the layer above instead of g_{l-1}'(Z_{l-1})"""

def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = dout * _derivative(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            delta = (delta @ cache["W"].T) * _derivative(caches[l - 2]["Z"], cache["activation"])
    return grads
