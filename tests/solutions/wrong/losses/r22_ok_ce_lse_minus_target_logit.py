"""losses.cross_entropy_with_logits: right: mean of lse(z_n) - sum_k y_nk z_nk (the NLL of Murphy), equal because each one-hot row of Y sums to 1."""


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    if Z.shape[0] == 0:
        return float("nan")
    lse = np.logaddexp.reduce(Z, axis=1)
    return float(np.mean(lse - np.sum(Y * Z, axis=1)))
