"""softmax.softmax_jacobian: only the diagonal s_i (1 - s_i), off-diagonal entries left 0."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    return (s * (1 - s))[..., :, None] * np.eye(s.shape[-1])
