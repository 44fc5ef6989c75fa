"""softmax.softmax: Julia's sum(E, dims=1) carried over as axis=0 on batch-first logits: normalises each column (over the batch), not each row."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)
