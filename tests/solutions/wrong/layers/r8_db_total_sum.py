"""layers.dense_backward: db = dZ.sum(), the sum over every entry (a scalar) instead of over the batch axis only; right only when n_out = 1, and then as shape () not (1,)."""


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.sum()
