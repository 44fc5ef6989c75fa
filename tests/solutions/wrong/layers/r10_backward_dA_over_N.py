"""layers.dense_backward: dA divided by the batch size (the 1/N is already in dZ)"""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T / len(dZ), A.T @ dZ, dZ.sum(axis=0)
