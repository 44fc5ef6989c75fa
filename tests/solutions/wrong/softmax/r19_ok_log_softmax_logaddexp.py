"""softmax.log_softmax: RIGHT: log softmax = z - logsumexp(z), the logsumexp by np.logaddexp.reduce along the last axis (stable for any logits, no softmax formed)."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=-1, keepdims=True)
