"""losses.cross_entropy_with_logits: RIGHT: with one-hot rows, -sum_k Y log_softmax(Z) = logsumexp(Z) - sum_k Y Z; logsumexp taken stably with np.logaddexp.reduce."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    if Z.shape[0] == 0:
        return float("nan")
    lse = np.logaddexp.reduce(Z, axis=1)
    return float(np.mean(lse - np.sum(Y * Z, axis=1)))
