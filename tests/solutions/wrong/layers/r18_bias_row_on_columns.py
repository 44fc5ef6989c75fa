"""layers.dense_forward: adds b (n_out,) to the column-layout Z^T (n_out, N) without reshaping it to a column, so b broadcasts over the examples (wrong when N = n_out, a crash otherwise)."""

def dense_forward(A, W, b):
    Zt = np.asarray(W, dtype=np.float64).T @ np.asarray(A, dtype=np.float64).T + np.asarray(b, dtype=np.float64)
    return Zt.T, (A, W, b)
