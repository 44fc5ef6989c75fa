"""gradcheck.relative_error: adds floor to the denominator (||a|| + ||b|| + floor) instead of taking the max: vanishing gradients score lower than they should (1e-9 vs 0: 0.091 instead of 0.1)."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
