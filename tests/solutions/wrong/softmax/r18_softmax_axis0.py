"""softmax.softmax: normalises over axis 0 as 6.036's SoftMax does on columns, but without transposing the batch-first (N, K) input, so a batch's columns sum to 1 instead of its rows."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)
