"""gradcheck.relative_error: uses squared norms (sums of squares, no sqrt) in numerator and denominator."""


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.sum((a - b) ** 2) / max(np.sum(a ** 2) + np.sum(b ** 2), floor))
