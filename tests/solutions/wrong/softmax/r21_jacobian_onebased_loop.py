"""softmax.softmax_jacobian: Fills a preallocated np.zeros Jacobian with loops ported from 1-based code (range(1, K)): row and column 0 stay zero."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    S = E / E.sum(axis=-1, keepdims=True)
    Sb = S.reshape(-1, S.shape[-1])
    K = Sb.shape[1]
    J = np.zeros((Sb.shape[0], K, K))
    for i in range(1, K):
        for j in range(1, K):
            J[:, i, j] = Sb[:, i] * ((1.0 if i == j else 0.0) - Sb[:, j])
    return J[0] if S.ndim == 1 else J
