"""gradcheck.relative_error: torch-style eps ADDED to the denominator (||a|| + ||b|| + floor) instead of max(.., floor)."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
