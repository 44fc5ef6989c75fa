"""softmax.softmax_jacobian: written for one vector only (np.diag(s) - np.outer(s, s)): a batch (N, K) gets np.diag's diagonal extraction and an outer product of the flattened batch."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = e / e.sum(axis=-1, keepdims=True)
    return np.diag(s) - np.outer(s, s)
