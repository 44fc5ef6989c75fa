"""softmax.softmax_jacobian: always treats Z as a batch, so a single z (K,) gives a (1, K, K) Jacobian instead of (K, K)."""

def softmax_jacobian(Z):
    Z = np.atleast_2d(np.asarray(Z, dtype=np.float64))
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = E / E.sum(axis=1, keepdims=True)
    return np.einsum("ni,ij->nij", S, np.eye(S.shape[1])) - np.einsum("ni,nj->nij", S, S)
