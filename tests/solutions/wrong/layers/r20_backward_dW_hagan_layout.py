"""layers.dense_backward: dW returned in Hagan's (n_out, n_in) layout s a^T, the transpose of the stub's W (n_in, n_out)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    s = dZ.T
    return (W @ s).T, s @ A, s.sum(axis=1)
