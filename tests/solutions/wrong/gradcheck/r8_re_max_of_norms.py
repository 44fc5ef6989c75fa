"""gradcheck.relative_error: denominator max(||a||, ||b||) instead of ||a|| + ||b||, about twice the docstring's value."""


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), floor))
