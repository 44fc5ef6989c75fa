"""gradcheck.relative_error: ||a - b|| / (||a|| + ||b||) without the max(., floor) guard: two zero gradients give 0/0 = NaN with a RuntimeWarning."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
