"""losses.bce: Right: for Y in {0, 1}, np.where picks -log P or -log(1 - P); P is clipped first, so neither branch warns."""


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y)
    return float(np.sum(np.where(Y == 1, -np.log(P), -np.log1p(-P))) / P.shape[0])
