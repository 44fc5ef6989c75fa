"""softmax.softmax: np.atleast_2d without undoing it, so a (K,) input returns a (1, K) row."""

def softmax(Z):
    Z = np.atleast_2d(np.asarray(Z, dtype=np.float64))
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
