"""layers.dense_backward: computes W dZ^T (n_in, N) and reshapes it to (N, n_in) instead of transposing, so dA's entries are scrambled whenever N > 1 and n_in > 1."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = (W @ dZ.T).reshape(dZ.shape[0], W.shape[0])
    dW = A.T @ dZ
    db = dZ.sum(axis=0)
    return dA, dW, db
