"""layers.dense_backward: db is the batch mean of dZ instead of the batch sum."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.mean(axis=0)
