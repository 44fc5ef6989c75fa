def clip_by_global_norm(grads, max_norm):
    """clipping.clip_by_global_norm: the "global" norm is the sum of the per-key norms (+/ of each array's norm)
    instead of the square root of the sum of all squares, too large whenever two or more keys are non-zero."""
    norm = float(np.add.reduce([np.sqrt(np.add.reduce(np.square(np.ravel(g)))) for g in grads.values()]))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
