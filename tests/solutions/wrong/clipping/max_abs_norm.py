"""clipping.clip_by_global_norm: measures the largest absolute entry instead of the L2 norm."""

def clip_by_global_norm(grads, max_norm):
    arrs = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(max(np.max(np.abs(a)) if a.size else 0.0 for a in arrs.values()))
    s = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: a * s for k, a in arrs.items()}, norm
