"""layers.dense_forward: tiles b into a matrix with len(W) = n_in rows instead of N rows before adding it (a broadcasting error unless N == n_in; right only then)."""

def dense_forward(A, W, b):
    Z = np.asarray(A, dtype=np.float64) @ W + np.tile(b, (len(W), 1))
    return Z, (A, W, b)
