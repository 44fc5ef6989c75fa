"""gradcheck.relative_error: np.linalg.norm(., 2) is the spectral norm for matrices, not the Euclidean norm over all entries (right for vectors)."""

def relative_error(a, b, floor=1e-8):
    a, b = np.atleast_1d(np.asarray(a, dtype=float)), np.atleast_1d(np.asarray(b, dtype=float))
    n = (lambda v: np.linalg.norm(v, 2)) if a.ndim <= 2 else np.linalg.norm
    return float(n(a - b) / max(n(a) + n(b), floor))
