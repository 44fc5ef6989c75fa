"""layers.dense_forward: the cache holds the output (Z, W, b) instead of the input (A, W, b)."""

def dense_forward(A, W, b):
    Z = A @ W + b
    return Z, (Z, W, b)
