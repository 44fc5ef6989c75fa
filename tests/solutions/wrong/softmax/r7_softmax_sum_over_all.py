"""softmax.softmax: normalises by E.sum() over the whole array, so a batch's entries sum to 1 together instead of row by row (right for a single (K,) vector only)."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return E / E.sum()
