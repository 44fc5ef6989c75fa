"""clipping.clip_by_global_norm: stores the clipped arrays back into the caller's dict (grads[k] = g * scale) and returns that dict, so the caller's grads is changed."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    for k in grads:
        grads[k] = np.asarray(grads[k], dtype=np.float64) * scale
    return grads, norm
