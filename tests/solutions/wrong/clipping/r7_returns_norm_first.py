"""clipping.clip_by_global_norm: returns (norm, clipped), the pair in the wrong order."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return norm, {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}
