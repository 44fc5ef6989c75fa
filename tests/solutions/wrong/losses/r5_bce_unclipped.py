"""losses.bce: bce without clipping P: log(0) gives inf/nan for confident predictions."""

def bce(P, Y):
    with np.errstate(all="ignore"):
        return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / len(P))
