"""losses.bce: F.binary_cross_entropy's rule: each log clamped at -100 instead of P clipped to [1e-12, 1 - 1e-12]: a confident wrong P = 0 or 1 costs 100, not 27.6."""

def bce(P, Y):
    P = np.asarray(P, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    with np.errstate(divide="ignore"):
        log_p = np.maximum(np.log(P), -100.0)
        log_q = np.maximum(np.log(1.0 - P), -100.0)
    n = P.shape[0]
    return float(-np.sum(Y * log_p + (1 - Y) * log_q) / n) if n else float("nan")
