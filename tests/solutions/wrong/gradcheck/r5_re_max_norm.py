"""gradcheck.relative_error: uses the largest absolute entry (max norm) instead of Euclidean norms."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(a)) + np.max(np.abs(b)), floor))
