"""layers.dense_forward: b added as Hagan's column vector (n_out, 1) to the batch-first Z (N, n_out): it broadcasts along the wrong axis."""

def dense_forward(A, W, b):
    Z = A @ W + b.reshape(-1, 1)
    return Z, (A, W, b)
