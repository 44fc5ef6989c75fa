"""clipping.clip_by_global_norm: norm = sqrt(sum over keys of mean(g_k^2)), each array's mean square instead of its sum of squares."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.mean(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
