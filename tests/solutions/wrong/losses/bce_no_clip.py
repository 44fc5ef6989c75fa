"""losses.bce: no clipping, log(0) gives inf (and a RuntimeWarning) when P hits 0 or 1."""

def bce(P, Y):
    P, Y = np.asarray(P, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / P.shape[0])
