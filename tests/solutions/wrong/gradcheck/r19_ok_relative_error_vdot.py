"""gradcheck.relative_error: Right: the norms from np.vdot of the flattened arrays, sqrt(sum of squares), the same
Euclidean norms over all entries.
"""

def relative_error(a, b, floor=1e-8):
    """Right: the norms from np.vdot of the flattened arrays, sqrt(sum of squares), the same Euclidean norms over all entries."""
    a, b = np.ravel(np.asarray(a, dtype=float)), np.ravel(np.asarray(b, dtype=float))
    d = a - b
    return float(np.sqrt(np.vdot(d, d)) / max(np.sqrt(np.vdot(a, a)) + np.sqrt(np.vdot(b, b)), floor))
