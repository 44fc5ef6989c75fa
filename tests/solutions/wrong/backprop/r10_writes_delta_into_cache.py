"""backprop.mlp_backward: stores each delta in the caller's cache dicts"""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        c["delta"] = dA * _derivative(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ c["delta"]
        grads[f"b{l}"] = c["delta"].sum(axis=0)
        dA = c["delta"] @ c["W"].T
    return grads
