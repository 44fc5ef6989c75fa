"""gradcheck.relative_error: divides by ||a|| + ||b|| + floor instead of max(||a|| + ||b||, floor): slightly off for every pair,
and far off for small gradients (two gradients of norm 1e-8 that agree to 10% score 0.03 instead of 0.05)."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))
