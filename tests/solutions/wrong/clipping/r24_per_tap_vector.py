"""clipping.clip_by_global_norm: clips each gradient array by its own norm (each tap-weight vector separately), not by the global norm."""


def clip_by_global_norm(grads, max_norm):
    clipped = {}
    for k, g in grads.items():
        g = np.asarray(g, dtype=np.float64)
        n = np.sqrt(np.sum(g * g))
        clipped[k] = g * min(1.0, max_norm / n) if n > 0 else g.copy()
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    return clipped, norm
