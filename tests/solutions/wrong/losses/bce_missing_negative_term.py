"""losses.bce: only the Y log P term, the (1 - Y) log(1 - P) term is missing."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    return float(-np.sum(Y * np.log(P)) / P.shape[0])
