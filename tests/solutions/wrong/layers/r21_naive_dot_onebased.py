"""layers.dense_forward: A naive_matrix_dot ported from 1-based loops (for i in range(1, N)) into np.zeros: row 0 of Z keeps only the bias."""

def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    assert len(A.shape) == 2 and len(W.shape) == 2 and A.shape[1] == W.shape[0]
    Z = np.zeros((A.shape[0], W.shape[1]))
    for i in range(1, A.shape[0]):
        for j in range(W.shape[1]):
            Z[i, j] = np.dot(A[i, :], W[:, j])
    return Z + b, (A, W, b)
