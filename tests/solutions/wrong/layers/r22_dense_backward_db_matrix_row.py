"""layers.dense_backward: db left as the (1, n_out) row of an np.matrix sum (.A instead of .A1), not the (n_out,) vector."""


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asmatrix(dZ)
    return (dZ * np.asmatrix(W).T).A, (np.asmatrix(A).T * dZ).A, dZ.sum(axis=0).A
