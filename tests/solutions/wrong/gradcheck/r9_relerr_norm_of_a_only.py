"""gradcheck.relative_error: divides by ||a|| alone (the claimed gradient), a common textbook variant the contract does not use."""

def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), floor))
