"""softmax.softmax_jacobian: right: diag(p) - p p^T built with einsum on the last axis, for one row or a batch alike."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    w = np.exp(Z - Z.max(axis=-1, keepdims=True))
    p = w / w.sum(axis=-1, keepdims=True)
    eye = np.eye(p.shape[-1])
    return np.einsum("...i,ij->...ij", p, eye) - np.einsum("...i,...j->...ij", p, p)
