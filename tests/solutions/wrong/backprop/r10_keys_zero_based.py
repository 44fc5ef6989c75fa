"""backprop.mlp_backward: gradient keys W0..W{L-1}, b0.. (zero-based) instead of W1..WL"""

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for i in reversed(range(len(caches))):
        c = caches[i]
        delta = dA * _derivative(c["Z"], c["activation"])
        grads["W%d" % i] = c["A_prev"].T @ delta
        grads["b%d" % i] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
