"""backprop.mlp_backward: 'delta = dout' then delta *= g'(Z_L) multiplies the caller's dout in place."""

def mlp_backward(dout, caches):
    grads = {}
    delta = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta *= _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = delta @ cache["W"].T
    return grads
