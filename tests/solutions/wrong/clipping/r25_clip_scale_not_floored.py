def clip_by_global_norm(grads, max_norm):
    """clipping.clip_by_global_norm: scales by max_norm / norm without taking the floor with 1, so gradients already
    below max_norm are scaled UP to norm max_norm."""
    norm = float(np.sqrt(sum(np.add.reduce(np.square(np.ravel(g))) for g in grads.values())))
    scale = max_norm / norm if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
