"""gradcheck.relative_error: divides by max(||a||, ||b||, floor) instead of max(||a|| + ||b||, floor) (CS231n's max form).

Habit: defensive production code, float64 coercion and a shape check, with the denominator it knew.
"""


def relative_error(a, b, floor=1e-8):
    a64 = np.asarray(a, dtype=np.float64)
    b64 = np.asarray(b, dtype=np.float64)
    if a64.shape != b64.shape:
        raise ValueError(f"shapes differ: {a64.shape} vs {b64.shape}")
    return float(np.linalg.norm(a64 - b64) / max(np.linalg.norm(a64), np.linalg.norm(b64), floor))
