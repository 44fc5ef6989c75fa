"""layers.dense_backward: db averaged over the batch (a reduction='mean' habit) instead of summed: the 1/N of the loss is applied twice."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.mean(axis=0)
