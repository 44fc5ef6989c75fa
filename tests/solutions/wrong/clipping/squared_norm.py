"""clipping.clip_by_global_norm: the norm is the sum of squares, the square root is missing."""

def clip_by_global_norm(grads, max_norm):
    arrs = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(sum(np.sum(a ** 2) for a in arrs.values()))
    s = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: a * s for k, a in arrs.items()}, norm
