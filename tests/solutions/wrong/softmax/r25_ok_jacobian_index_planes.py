"""softmax.softmax_jacobian: right: s_i (delta_ij - s_j) by index planes, I, J = np.indices((K, K)): s[..., I] the
row's entry, s[..., J] the column's, I == J the identity; (K,) and (N, K) alike."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    s = e / np.sum(e, axis=-1, keepdims=True)
    I, J = np.indices((s.shape[-1],) * 2)
    return s[..., I] * ((I == J) - s[..., J])
