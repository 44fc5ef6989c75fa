"""layers.dense_backward: dW = dZ^T A in torch's (n_out, n_in) layout instead of A^T dZ (n_in, n_out)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
