"""backprop.mlp_backward: the loop stops at layer 2, W1 and b1 never get gradients"""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 1, -1):
        c = caches[l - 1]
        delta = dA * _derivative(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    if len(caches) == 1:
        c = caches[0]
        delta = dA * _derivative(c["Z"], c["activation"])
        grads["W1"], grads["b1"] = c["A_prev"].T @ delta, delta.sum(axis=0)
    return grads
