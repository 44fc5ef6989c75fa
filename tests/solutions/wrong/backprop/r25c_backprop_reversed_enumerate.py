"""backprop.mlp_backward: enumerate(reversed(caches), 1) names the last layer 'W1': every gradient lands under the mirrored key."""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l, cache in enumerate(reversed(caches), start=1):
        delta = dA * _derivative(cache["Z"], cache["activation"])
        grads[f"W{l}"] = cache["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ cache["W"].T
    return grads
