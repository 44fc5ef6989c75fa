"""layers.dense_forward: returns the cache as (W, A, b) instead of (A, W, b)."""

def dense_forward(A, W, b):
    A, W, b = (np.asarray(x, dtype=np.float64) for x in (A, W, b))
    return A @ W + b, (W, A, b)
