"""softmax.softmax: normalises over axis=1 (torch's dim=1 habit): right for (N, K), fails on a single row (K,)."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
