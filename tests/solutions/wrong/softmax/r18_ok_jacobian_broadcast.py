"""softmax.softmax_jacobian: right; J[..., i, j] = s_i (delta_ij - s_j) built by broadcasting s[..., :, None] * (I - s[..., None, :]) for (K,) and (N, K) alike."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    S = E / np.sum(E, axis=-1, keepdims=True)
    return S[..., :, None] * (np.eye(S.shape[-1]) - S[..., None, :])
