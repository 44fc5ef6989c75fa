"""layers.dense_backward: dW in ESL's alpha layout dZ^T A (n_out, n_in), the transpose of W's shape."""


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return dZ @ np.asarray(W).T, dZ.T @ np.asarray(A), dZ.sum(axis=0)
