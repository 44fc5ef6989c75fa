"""layers.dense_backward: Right: preallocates dA, dW, db with np.empty and fills them with np.dot(..., out=) and np.sum(..., out=)."""

def dense_backward(dZ, cache):
    A, W, _ = (np.ascontiguousarray(x, dtype=np.float64) for x in cache)
    dZ = np.ascontiguousarray(dZ, dtype=np.float64)
    dA = np.empty((dZ.shape[0], W.shape[0]))
    dW = np.empty(W.shape)
    db = np.empty(W.shape[1])
    np.dot(dZ, W.T, out=dA)
    np.dot(A.T, dZ, out=dW)
    np.sum(dZ, axis=0, out=db)
    return dA, dW, db
