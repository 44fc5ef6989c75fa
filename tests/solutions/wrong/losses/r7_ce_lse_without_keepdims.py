"""losses.cross_entropy_with_logits: the row log-sum-exp (N,) is subtracted from Z (N, K) without keepdims, so it broadcasts along the rows: a broadcasting error unless N == K or K == 1, wrong values when N == K."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=1, keepdims=True)
    lse = (m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True))).ravel()
    log_p = Z - lse
    return float(-np.sum(Y * log_p) / Z.shape[0])
