"""layers.dense_backward: dW returned in torch's weight.grad layout dZ^T A (n_out, n_in), the transpose of A^T dZ."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
