"""softmax.log_softmax: returns z - log sum exp(z - m), dropping the - m inside the result."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=-1, keepdims=True)
    return Z - np.log(np.exp(Z - m).sum(axis=-1, keepdims=True))
