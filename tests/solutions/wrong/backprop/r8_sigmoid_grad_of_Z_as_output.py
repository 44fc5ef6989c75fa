"""backprop.mlp_backward: the sigmoid derivative taken as Z (1 - Z), treating the cached pre-activation as the sigmoid output; wrong for every sigmoid layer."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        Z = cache["Z"]
        if cache["activation"] == "sigmoid":
            d = Z * (1 - Z)
        else:
            d = _derivative(Z, cache["activation"])
        delta = dA * d
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
