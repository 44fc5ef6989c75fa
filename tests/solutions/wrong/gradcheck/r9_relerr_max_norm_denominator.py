"""gradcheck.relative_error: divides by max(||a||, ||b||) instead of ||a|| + ||b||: twice the contract's value for near-equal gradients."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), floor))
