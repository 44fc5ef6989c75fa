"""clipping.clip_by_global_norm: the norm as the largest |entry| (infinity norm) instead of the Euclidean norm."""


def clip_by_global_norm(grads, max_norm):
    norm = float(max(np.max(np.abs(g), initial=0.0) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
