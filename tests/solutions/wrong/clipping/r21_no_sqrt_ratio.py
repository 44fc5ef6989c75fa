"""clipping.clip_by_global_norm: Avoids the sqrt 'for speed' and scales by max_norm^2 / sumsq, the square of the right factor: clipped to norm max_norm^2 / norm."""

def clip_by_global_norm(grads, max_norm):
    sumsq = 0.0
    for g in grads.values():
        g = np.asarray(g, dtype=np.float64).ravel()
        sumsq += float(g @ g)
    scale = 1.0
    if sumsq > max_norm * max_norm:
        scale = max_norm * max_norm / sumsq
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, float(np.sqrt(sumsq))
