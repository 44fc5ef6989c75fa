"""softmax.softmax: subtracts one maximum for the whole batch instead of each row's (0/0 on rows far below it)."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max())
    return E / E.sum(axis=-1, keepdims=True)
