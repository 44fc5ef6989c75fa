"""layers.dense_backward: returns (dW, db, dA), the parameters' gradients first, instead of the docstring's (dA, dW, db)."""


def dense_backward(dZ, cache):
    A, W, b = cache
    return A.T @ dZ, dZ.sum(axis=0), dZ @ W.T
