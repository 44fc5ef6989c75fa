"""gradcheck.relative_error: divides by max(||a||, ||b||, floor) (another textbook definition) instead of max(||a|| + ||b||, floor)."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), floor))
