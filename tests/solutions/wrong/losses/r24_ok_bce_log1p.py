"""losses.bce: right: log(1 - P) as log1p(-P) is the same number, more accurate for small P."""


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1.0 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    if np.shape(P)[0] == 0:
        return float("nan")
    return float(-np.sum(Y * np.log(P) + (1.0 - Y) * np.log1p(-P)) / np.shape(P)[0])
