"""softmax.softmax_jacobian: np.diag(s) - np.outer(s, s): right for one vector (K,), wrong for a batch (N, K) (diag of a matrix, outer of flattened)."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = e / e.sum(axis=-1, keepdims=True)
    return np.diag(s) - np.outer(s, s)
