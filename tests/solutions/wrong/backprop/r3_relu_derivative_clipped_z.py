"""backprop.mlp_backward: relu'(Z) written np.clip(Z, 0, 1): right for Z < 0 and Z >= 1, but it gives Z instead of 1 for 0 < Z < 1."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        Z, name = cache["Z"], cache["activation"]
        g = np.clip(Z, 0.0, 1.0) if name == "relu" else _derivative(Z, name)
        delta = dA * g
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
