"""clipping.clip_by_global_norm: uses the largest absolute entry (the max norm) instead of the Euclidean norm."""

def clip_by_global_norm(grads, max_norm):
    norm = float(max(np.max(np.abs(np.asarray(g, dtype=np.float64))) for g in grads.values()))
    factor = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * factor for k, g in grads.items()}, norm
