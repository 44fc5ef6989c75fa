"""clipping.clip_by_global_norm: np.linalg.norm(g, 2) is the spectral norm of a matrix, not the root of its squared entries (right for vectors only)."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.linalg.norm(np.atleast_1d(g), 2) ** 2 for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
