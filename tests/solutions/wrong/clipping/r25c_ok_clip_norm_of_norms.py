"""clipping.clip_by_global_norm: Right: the global norm as the norm of the per-tensor norms (numpy float64), one common factor."""

def clip_by_global_norm(grads, max_norm):
    norm = np.linalg.norm([np.linalg.norm(np.ravel(g)) for g in grads.values()])
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.multiply(g, scale) for k, g in grads.items()}, norm
