"""backprop.mlp_backward: relu' read from the layer's input A_prev > 0 instead of its pre-activation Z > 0"""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    L = len(caches)
    for l in range(L, 0, -1):
        c = caches[l - 1]
        if c["activation"] == "relu":
            delta = dA * (c["A_prev"] > 0)
        else:
            delta = dA * _derivative(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
