"""backprop.mlp_backward: sigmoid's derivative through 1/(1+exp(-z)), which overflows (RuntimeWarning) for Z near -1000."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        Z = cache["Z"]
        if cache["activation"] == "sigmoid":
            s = 1.0 / (1.0 + np.exp(-Z))
            d = s * (1 - s)
        else:
            d = _derivative(Z, cache["activation"])
        delta = dA * d
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
