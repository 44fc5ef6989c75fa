"""losses.cross_entropy_with_logits: no max shift, exp overflows for large logits."""

def cross_entropy_with_logits(Z, Y):
    Z, Y = np.asarray(Z, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    return float(-np.sum(Y * logp) / Z.shape[0])
