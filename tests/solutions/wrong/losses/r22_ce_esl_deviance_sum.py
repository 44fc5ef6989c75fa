"""losses.cross_entropy_with_logits: ESL's deviance -sum_n sum_k y log g_k summed over the batch, without the 1/N of the mean."""


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=1, keepdims=True)
    logp = Z - m - np.log(np.exp(Z - m).sum(axis=1, keepdims=True))
    return float(-np.sum(np.asarray(Y) * logp))
