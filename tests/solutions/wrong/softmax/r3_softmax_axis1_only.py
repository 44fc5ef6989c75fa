"""softmax.softmax: reduces over axis=1 (not the last axis), so a single logit vector (K,) raises an AxisError instead of being normalised."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
