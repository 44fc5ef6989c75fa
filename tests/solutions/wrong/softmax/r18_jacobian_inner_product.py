"""softmax.softmax_jacobian: for z (K,) computes diag(s) - s @ s.T, where on a 1-D s the product is the scalar sum s_j^2, not the outer product s s^T."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    S = E / np.sum(E, axis=-1, keepdims=True)
    if S.ndim == 1:
        return np.diag(S) - S @ S.T
    return np.array([np.diag(s) - np.outer(s, s) for s in S]).reshape(S.shape + S.shape[-1:])
