"""softmax.log_softmax: np.log(softmax(Z)): -inf (and a warning) for entries ~750 below their row max."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(e / e.sum(axis=-1, keepdims=True))
