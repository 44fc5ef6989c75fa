"""softmax.log_softmax: the max and log-sum-exp lose keepdims, so for a batch (N, K) they broadcast along the wrong axis:
a broadcasting error when N != K, silently wrong (transposed per-row terms) when N == K; fine for a single (K,) vector."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=-1)
    lse = m + np.log(np.exp(Z - (m if Z.ndim == 1 else m[:, None])).sum(axis=-1))
    return Z - lse
