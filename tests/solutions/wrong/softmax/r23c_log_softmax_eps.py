"""softmax.log_softmax: log(softmax + 1e-7), the float32 eps habit: about -16 instead of -1e4 for far-off logits."""


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(E / E.sum(axis=-1, keepdims=True) + 1e-7)
