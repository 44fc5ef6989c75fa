"""gradcheck.relative_error: Uses the max-abs norm of 'becoming a backprop ninja''s cmp() (maxdiff) instead of the
Euclidean norm the docstring names.
"""

def relative_error(a, b, floor=1e-8):
    """Uses the max-abs norm of 'becoming a backprop ninja''s cmp() (maxdiff) instead of the Euclidean norm the docstring names."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    maxdiff = np.abs(a - b).max() if a.size else 0.0
    scale = (np.abs(a).max() + np.abs(b).max()) if a.size else 0.0
    return float(maxdiff / max(scale, floor))
