"""layers.dense_backward: dW accumulated in float32 (GPU habit): float32 result, rounding errors for float64 input."""


def dense_backward(dZ, cache):
    A, W, b = cache
    dA = dZ @ W.T
    dW = A.T.astype(np.float32) @ dZ.astype(np.float32)
    db = dZ.sum(axis=0)
    return dA, dW, db
