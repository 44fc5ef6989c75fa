"""softmax.softmax_jacobian: writes s s^T as s**2, so J = diag(s) - s**2 broadcast along the rows (J[i, j] = s_i delta_ij - s_j^2, not symmetric)."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    K = s.shape[-1]
    diag = np.eye(K) * s[..., None, :]
    return diag - (s ** 2)[..., None, :]
