"""layers.dense_forward: returns Z, A, W, b as one flat 4-tuple instead of (Z, cache) with cache = (A, W, b)."""


def dense_forward(A, W, b):
    Z = A @ W + b
    return Z, A, W, b
