def log_softmax(Z):
    """RIGHT: log softmax = z - logsumexp(z), the logsumexp by np.logaddexp.reduce along the last axis (stable for any logits, no softmax formed)."""
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=-1, keepdims=True)
