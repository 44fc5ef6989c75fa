"""clipping.clip_by_global_norm: accumulates the squared norm in float32, so the norm and the clipped gradients are off by ~1e-7 relative."""

def clip_by_global_norm(grads, max_norm):
    total = np.float32(0.0)
    for g in grads.values():
        total += np.sum(np.asarray(g, dtype=np.float32) ** 2)
    norm = float(np.sqrt(total))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
