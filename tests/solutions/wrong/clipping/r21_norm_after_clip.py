"""clipping.clip_by_global_norm: Reuses the norm variable after clipping (C style, one variable): returns the norm after clipping, not the one measured before."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    clipped = {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}
    norm *= scale
    return clipped, norm
