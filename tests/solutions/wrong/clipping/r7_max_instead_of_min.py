"""clipping.clip_by_global_norm: scale = max(1, max_norm / norm) instead of min: gradients above max_norm are left alone and small ones are blown up to max_norm."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    scale = 1.0 if norm == 0 else max(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
