"""gradcheck.relative_error: Error measured against the 'desired' value only, ||a - b|| / max(||b||, floor), not against
||a|| + ||b||.
"""

def relative_error(a, b, floor=1e-8):
    """Error measured against the 'desired' value only, ||a - b|| / max(||b||, floor), not against ||a|| + ||b||."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(b), floor))
