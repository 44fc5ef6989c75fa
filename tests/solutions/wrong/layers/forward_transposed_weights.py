"""layers.dense_forward: uses A W^T + b (works only when W is square)."""

def dense_forward(A, W, b):
    A, W, b = (np.asarray(x, dtype=np.float64) for x in (A, W, b))
    return A @ W.T + b, (A, W, b)
