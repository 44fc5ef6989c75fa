"""softmax.softmax_jacobian: softmax_jacobian written for one column vector only, diag(s) - s s^T: np.outer flattens a batch (N, K), so batches fail."""

def softmax_jacobian(Z):
    f = np.asarray(Z, dtype=float)
    e = np.exp(f - f.max(axis=-1, keepdims=True))
    s = e / e.sum(axis=-1, keepdims=True)
    return np.diag(s) - np.outer(s, s)
