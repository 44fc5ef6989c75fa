def dense_backward(dZ, cache):
    """dW returned in torch's weight.grad layout dZ^T A (n_out, n_in), the transpose of A^T dZ."""
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
