"""clipping.clip_by_global_norm: the "global norm" is the sum of the per-tensor norms, not the root of the summed squares
(right only with a single tensor)."""

def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.linalg.norm(g) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
