"""clipping.clip_by_global_norm: rescales to exactly max_norm every time (g * max_norm / norm), stretching gradients already below the limit."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    scale = 1.0 if norm == 0 else max_norm / norm
    return {k: np.asarray(g) * scale for k, g in grads.items()}, norm
