"""losses.cross_entropy_with_logits: Right: mean of logsumexp(z) - <y, z> per row (one-hot rows sum to 1), returned as a numpy float64."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    N = Z.shape[0]
    if N == 0:
        return np.float64(np.nan)
    m = Z.max(axis=1)
    lse = m + np.log(np.exp(Z - m[:, None]).sum(axis=1))
    return np.sum(lse * Y.sum(axis=1) - (Y * Z).sum(axis=1)) / N
