"""losses.bce: averages over every entry (N K) instead of summing the K outputs and averaging over the N rows."""

def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    return float(np.mean(-(Y * np.log(P) + (1 - Y) * np.log(1 - P))))
