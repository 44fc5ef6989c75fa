"""layers.dense_backward: the cache unpacked as (W, A, b)"""

def dense_backward(dZ, cache):
    W, A, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)
