"""layers.dense_forward: the bias is added to row 0 only (written for one example), so every other row of a batch misses b."""

def dense_forward(A, W, b):
    Z = np.asarray(A, dtype=np.float64) @ W
    Z[0] += b
    return Z, (A, W, b)
