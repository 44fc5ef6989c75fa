"""softmax.softmax_jacobian: stacks a batch's (K, K) Jacobians along the LAST axis (np.dstack of the columns' matrices, 6.036 style), giving (K, K, N) instead of (N, K, K)."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    S = E / np.sum(E, axis=-1, keepdims=True)
    if S.ndim == 1:
        s = S.reshape(-1, 1)
        return np.diagflat(s) - s @ s.T
    return np.stack([np.diagflat(s) - s.reshape(-1, 1) @ s.reshape(1, -1) for s in S], axis=-1)
