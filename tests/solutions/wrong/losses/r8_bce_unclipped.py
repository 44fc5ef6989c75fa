"""losses.bce: no clipping of P, so P = 0 or 1 gives log(0) = -inf, NaN and RuntimeWarnings."""


def bce(P, Y):
    N = Y.shape[0]
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / N)
