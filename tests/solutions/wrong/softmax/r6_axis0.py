"""softmax.softmax: max and sum over axis 0 (the batch) instead of the last axis: right only for a single vector (K,)."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
