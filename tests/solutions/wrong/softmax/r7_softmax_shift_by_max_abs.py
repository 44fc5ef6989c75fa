"""softmax.softmax: shifts by the row's largest absolute value instead of its maximum, so a row of large negative logits (e.g. [-1e4, -1e4 + 1]) underflows to 0/0 = NaN."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.abs(Z).max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)
