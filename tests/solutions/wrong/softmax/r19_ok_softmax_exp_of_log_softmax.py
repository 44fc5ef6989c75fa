"""softmax.softmax: RIGHT: softmax = exp(log_softmax(z)) (how torch users get probabilities from a log_softmax head); stable for logits of 1e4."""

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - Z.max(axis=-1, keepdims=True)
    return np.exp(shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True)))
