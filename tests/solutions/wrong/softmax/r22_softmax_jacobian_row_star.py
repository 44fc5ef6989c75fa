"""softmax.softmax_jacobian: s kept as a (1, K) np.matrix row, so s * s.T is the 1x1 inner product sum s_j^2, not the outer product s s^T."""


def softmax_jacobian(Z):
    S = softmax(np.asarray(Z, dtype=np.float64))
    rows = np.atleast_2d(S)
    J = np.array([(np.asmatrix(np.diag(r)) - np.asmatrix(r) * np.asmatrix(r).T).A for r in rows]).reshape(
        rows.shape[0], rows.shape[1], rows.shape[1])
    return J[0] if S.ndim == 1 else J
