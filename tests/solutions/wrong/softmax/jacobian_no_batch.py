"""softmax.softmax_jacobian: np.diag(s) - np.outer(s, s), right for one vector, wrong for a batch."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    return np.diag(s.ravel()) - np.outer(s, s)
