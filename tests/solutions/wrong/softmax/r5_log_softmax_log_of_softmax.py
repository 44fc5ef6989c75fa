"""softmax.log_softmax: log_softmax as log(softmax(Z)): -inf for logits far below the max."""

def log_softmax(Z):
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    with np.errstate(divide="ignore"):
        return np.log(E / E.sum(axis=-1, keepdims=True))
