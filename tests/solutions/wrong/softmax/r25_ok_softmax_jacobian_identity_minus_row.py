"""softmax.softmax_jacobian: right: s_i (delta_ij - s_j) as the column s broadcast against (I - row s), one
rank-polymorphic line for (K,) and (N, K)."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - np.maximum.reduce(Z, axis=-1, keepdims=True))
    s = e / np.add.reduce(e, axis=-1, keepdims=True)
    return s[..., :, None] * (np.eye(s.shape[-1]) - s[..., None, :])
