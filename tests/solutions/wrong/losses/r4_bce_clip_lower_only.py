"""losses.bce: P clipped only from below (1e-12), so P = 1 exactly gives log(1 - P) = -inf and a NaN/inf loss."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, None)
    Y = np.asarray(Y, dtype=np.float64)
    N = P.shape[0]
    return float(-np.sum(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P)) / N)
