"""softmax.softmax: right; exp(z - logsumexp(z)) with logsumexp = m + log sum exp(z - m) is the same softmax, finite for logits of any size."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = np.max(Z, axis=-1, keepdims=True)
    return np.exp(Z - (m + np.log(np.sum(np.exp(Z - m), axis=-1, keepdims=True))))
