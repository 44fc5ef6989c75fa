"""backprop.mlp_backward: delta_L = dout, the output layer's g_L' left out (as if softmax + CE)"""

def mlp_backward(dout, caches):
    grads = {}
    delta = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            p = caches[l - 2]
            delta = (delta @ c["W"].T) * _derivative(p["Z"], p["activation"])
    return grads
