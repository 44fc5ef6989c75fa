"""softmax.log_softmax: torch.log(F.softmax(x)) instead of F.log_softmax: the softmax underflows to 0 for logits far apart (1e4), giving -inf and a divide warning."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(e / e.sum(axis=-1, keepdims=True))
