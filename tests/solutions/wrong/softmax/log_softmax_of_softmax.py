"""softmax.log_softmax: np.log(softmax(Z)), which is -inf (with a warning) for very negative logits."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(E / E.sum(axis=-1, keepdims=True))
