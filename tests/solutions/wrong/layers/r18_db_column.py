"""layers.dense_backward: returns 6.036's dLdW0 as a column (n_out, 1) instead of the bias's shape (n_out,)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dLdZ = np.asarray(dZ, dtype=np.float64).T
    At = np.asarray(A, dtype=np.float64).T
    dLdW = At @ dLdZ.T
    dLdW0 = np.sum(dLdZ, axis=1, keepdims=True)
    return (np.asarray(W, dtype=np.float64) @ dLdZ).T, dLdW, dLdW0
