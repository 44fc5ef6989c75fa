"""layers.dense_forward: reshapes b to a (1, n_out) row for broadcasting and caches that row, not the (n_out,) b."""

def dense_forward(A, W, b):
    b = np.reshape(b, (1, -1))
    Z = A @ W + b
    return Z, (A, W, b)
