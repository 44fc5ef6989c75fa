"""clipping.clip_by_global_norm: measures the global norm as the sum of absolute values (L1) instead of the square root of the sum of squares."""

def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.sum(np.abs(np.asarray(g, dtype=np.float64))) for g in grads.values()))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
