"""backprop.mlp_backward: tanh's derivative as 1 - tanh(Z) (square forgotten); wrong for every tanh layer."""


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        Z = cache["Z"]
        d = 1 - np.tanh(Z) if cache["activation"] == "tanh" else _derivative(Z, cache["activation"])
        delta = dA * d
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
