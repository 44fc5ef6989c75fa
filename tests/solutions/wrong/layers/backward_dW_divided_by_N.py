"""layers.dense_backward: divides dW by N a second time (the 1/N is already in dZ)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ / A.shape[0], dZ.sum(axis=0)
