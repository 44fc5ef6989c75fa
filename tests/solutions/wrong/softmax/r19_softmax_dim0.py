"""softmax.softmax: F.softmax with dim=0 (the legacy implicit dim): a batch (N, K) is normalised down its columns, over the examples, not along each row."""

def softmax(Z):
    Z = np.array(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
