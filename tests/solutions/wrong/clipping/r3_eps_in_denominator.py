"""clipping.clip_by_global_norm: scale = max_norm / (norm + 1e-6) (a framework habit): the clipped norm falls short of max_norm,
and a norm just above max_norm (within 1e-6 relative) is not clipped enough."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / (norm + 1e-6))
    return {k: g * scale for k, g in grads.items()}, norm
