"""losses.cross_entropy_with_logits: Geron's -mean(sum(Y log(Y_proba + epsilon))) with epsilon = 1e-7 inside the log."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=float)
    if len(Z) == 0:
        return float("nan")
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    return float(-np.mean(np.sum(Y * np.log(p + 1e-7), axis=1)))
