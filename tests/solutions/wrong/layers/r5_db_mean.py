"""layers.dense_backward: db as the batch mean of dZ instead of its sum."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.mean(axis=0)
