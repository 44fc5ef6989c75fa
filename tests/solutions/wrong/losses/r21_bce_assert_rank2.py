"""losses.bce: Chollet's `assert len(x.shape) == 2` kept from the naive version: a (N,) vector of probabilities raises instead of being scored."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    assert len(P.shape) == 2
    if P.shape[0] == 0:
        return float("nan")
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / P.shape[0])
