"""layers.dense_forward: the cache holds 6.036's column layout (A^T (n_in, N), W, b as a column (n_out, 1)), not the documented (A, W, b)."""

def dense_forward(A, W, b):
    At = np.asarray(A, dtype=np.float64).T
    W0 = np.asarray(b, dtype=np.float64).reshape(-1, 1)
    Zt = np.asarray(W, dtype=np.float64).T @ At + W0
    return Zt.T, (At, W, W0)
