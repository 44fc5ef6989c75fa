"""clipping.clip_by_global_norm: right; g * max_norm / max(norm, max_norm) is g * min(1, max_norm / norm) and leaves zero gradients unchanged."""

def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.linalg.norm(np.concatenate([g.ravel() for g in arrays.values()] + [np.zeros(0)])))
    return {k: g * max_norm / max(norm, max_norm) for k, g in arrays.items()}, norm
