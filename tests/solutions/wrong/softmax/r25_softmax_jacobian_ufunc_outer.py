"""softmax.softmax_jacobian: takes s s^T as np.multiply.outer(s, s), the outer product over ALL axes, which for a batch
(N, K) pairs every row with every other row (N, K, N, K) instead of one (K, K) per row."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    s = e / np.sum(e, axis=-1, keepdims=True)
    return s[..., None] * np.eye(s.shape[-1]) - np.multiply.outer(s, s)
