"""layers.dense_backward: returns (dW, dA, db), the first two swapped"""

def dense_backward(dZ, cache):
    A, W, b = cache
    return A.T @ dZ, dZ @ W.T, dZ.sum(axis=0)
