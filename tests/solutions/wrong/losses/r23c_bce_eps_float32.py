"""losses.bce: clips P to [1e-7, 1 - 1e-7] (the float32 eps) instead of 1e-12: wrong for saturated predictions."""


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-7, 1 - 1e-7)
    Y = np.asarray(Y, dtype=np.float64)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / P.shape[0])
