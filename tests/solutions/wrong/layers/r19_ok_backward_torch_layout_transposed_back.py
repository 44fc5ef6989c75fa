"""layers.dense_backward: RIGHT: grads computed in torch's (out, in) layout, dW = (dZ^T A)^T, which equals A^T dZ."""

def dense_backward(dZ, cache):
    A, W, b = cache
    weight = W.T
    return dZ @ weight, np.ascontiguousarray((dZ.T @ A).T), dZ.sum(0)
