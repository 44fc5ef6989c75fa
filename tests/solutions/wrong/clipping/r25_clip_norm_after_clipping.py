def clip_by_global_norm(grads, max_norm):
    """clipping.clip_by_global_norm: returns the norm measured AFTER clipping (the norm of the result, at most
    max_norm) instead of the norm before."""
    norm = float(np.sqrt(sum(np.add.reduce(np.square(np.ravel(g))) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm * scale
