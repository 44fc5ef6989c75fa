"""losses.cross_entropy_with_logits: the log-sum-exp is reduced down the first axis (np.add.reduce's default),
normalising each class over the batch instead of each example over its classes."""


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    m = np.maximum.reduce(Z)
    log_p = Z - m - np.log(np.add.reduce(np.exp(Z - m)))
    with np.errstate(invalid="ignore"):
        return float(-np.add.reduce(Y * log_p, axis=None) / Z.shape[0])
