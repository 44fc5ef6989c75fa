"""softmax.softmax_jacobian: p p^T - diag(p), the covariance with the sign of d<E>/dbeta = -Var(E): every entry negated."""


def _r24_p(Z):
    Z = np.asarray(Z, dtype=np.float64)
    w = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return w / w.sum(axis=-1, keepdims=True)


def softmax_jacobian(Z):
    p = _r24_p(Z)
    return p[..., :, None] * p[..., None, :] - p[..., :, None] * np.eye(p.shape[-1])
