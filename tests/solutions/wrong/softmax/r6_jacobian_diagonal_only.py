"""softmax.softmax_jacobian: only the diagonal s_i (1 - s_i); the off-diagonal -s_i s_j terms are missing."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = e / e.sum(axis=-1, keepdims=True)
    return s[..., :, None] * np.eye(s.shape[-1]) * (1.0 - s[..., None, :])
