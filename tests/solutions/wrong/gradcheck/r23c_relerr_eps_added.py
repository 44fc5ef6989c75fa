"""gradcheck.relative_error: adds floor to the denominator (an eps habit) instead of taking the max with it."""


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
