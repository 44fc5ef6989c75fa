"""layers.dense_backward: returns (dW, dA, db), the gradients in the order of the parameters rather than the documented (dA, dW, db)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return A.T @ dZ, dZ @ W.T, dZ.sum(axis=0)
