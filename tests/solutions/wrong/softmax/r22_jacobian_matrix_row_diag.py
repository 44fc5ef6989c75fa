"""softmax.softmax_jacobian: iterates over the rows of an np.matrix, each a (1, K) matrix, whose np.diag is its single first entry (1, 1), not diag(s)."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    S = np.asmatrix(softmax(Z))
    Js = [(np.diag(s) - s.T * s).A for s in S]
    J = np.array(Js)
    return J[0] if Z.ndim == 1 else J
