"""layers.dense_forward: Right: the cache holds float64 copies (A, W, b) rather than the caller's arrays; same values, the layer owns them."""

def dense_forward(A, W, b):
    A = np.array(A, dtype=np.float64)
    W = np.array(W, dtype=np.float64)
    b = np.array(b, dtype=np.float64)
    return A @ W + b, (A, W, b)
