"""softmax.softmax_jacobian: s_i (delta_ij - s_i) by index planes, I, J = np.indices((K, K)), with the row plane I
used in both factors where the second needs J: each row subtracts its own s_i^2 instead of s_i s_j."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    s = e / np.sum(e, axis=-1, keepdims=True)
    I, J = np.indices((s.shape[-1],) * 2)
    return s[..., I] * ((I == J) - s[..., I])
