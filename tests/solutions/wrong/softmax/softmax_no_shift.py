"""softmax.softmax: no max shift, exp overflows (inf/inf = NaN) for logits like 1e4."""

def softmax(Z):
    E = np.exp(np.asarray(Z, dtype=np.float64))
    return E / E.sum(axis=-1, keepdims=True)
