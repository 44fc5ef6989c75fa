"""losses.bce: right: with Y in {0, 1}, Y log P + (1 - Y) log(1 - P) is log P where Y = 1 and log(1 - P) where Y = 0,
selected with np.where on the clipped P (both branches finite)."""


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    with np.errstate(invalid="ignore"):
        return float(-np.sum(np.where(np.asarray(Y) == 1, np.log(P), np.log1p(-P))) / P.shape[0])
