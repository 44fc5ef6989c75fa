"""layers.dense_backward: db summed over axis 1 (per example) instead of over the batch."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=1)
