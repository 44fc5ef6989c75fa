"""clipping.clip_by_global_norm: always rescales to max_norm (small gradients are scaled up too)."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    factor = max_norm / norm if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * factor for k, g in grads.items()}, norm
