"""softmax.softmax_jacobian: s s^T - diag(s), the negative of the Jacobian."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    return s[..., :, None] * s[..., None, :] - s[..., :, None] * np.eye(s.shape[-1])
