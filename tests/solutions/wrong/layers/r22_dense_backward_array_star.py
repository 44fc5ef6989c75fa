"""layers.dense_backward: dW = A.T * dZ on plain arrays (the matrix-era `*` without np.matrix): elementwise broadcasting, the outer product only for a batch of one."""


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return dZ @ np.asarray(W).T, np.asarray(A).T * dZ, dZ.sum(axis=0)
