"""softmax.log_softmax: log_softmax takes np.log of the softmax: -inf (and a warning) where a probability underflows to 0."""

def log_softmax(Z):
    f = np.asarray(Z, dtype=float)
    e = np.exp(f - f.max(axis=-1, keepdims=True))
    return np.log(e / e.sum(axis=-1, keepdims=True))
