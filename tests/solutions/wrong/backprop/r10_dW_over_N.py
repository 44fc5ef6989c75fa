"""backprop.mlp_backward: dW and db divided by N again (the 1/N is already inside dout)"""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    N = dout.shape[0]
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * _derivative(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta / N
        grads[f"b{l}"] = delta.sum(axis=0) / N
        dA = delta @ c["W"].T
    return grads
