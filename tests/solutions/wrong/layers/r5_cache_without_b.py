"""layers.dense_forward: the cache holds only (A, W): the bias is missing."""

def dense_forward(A, W, b):
    return A @ W + b, (A, W)
