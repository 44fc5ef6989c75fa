"""softmax.log_softmax: takes np.log of the softmax, which underflows to log 0 = -inf (with a warning) for logits far below the maximum."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return np.log(E / np.sum(E, axis=-1, keepdims=True))
