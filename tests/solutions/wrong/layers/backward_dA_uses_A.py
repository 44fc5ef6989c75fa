"""layers.dense_backward: dA = dZ W^T * A (multiplies by the layer input as if it were an activation derivative)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return (dZ @ W.T) * A, A.T @ dZ, dZ.sum(axis=0)
