"""backprop.mlp_backward: grads={} default argument shared across calls: a deeper earlier network leaves stale W/b keys behind."""

def mlp_backward(dout, caches, grads={}):
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return dict(grads)
