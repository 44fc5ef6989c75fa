"""softmax.softmax: F.softmax(x, dim=1) hard-coded: right for a batch (N, K), but a single vector (K,) has no axis 1 and raises."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
