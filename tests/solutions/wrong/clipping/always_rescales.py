"""clipping.clip_by_global_norm: scales by max_norm / norm even when the norm is already below max_norm."""

def clip_by_global_norm(grads, max_norm):
    arrs = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(a ** 2) for a in arrs.values())))
    s = max_norm / norm if norm > 0 else 1.0
    return {k: a * s for k, a in arrs.items()}, norm
