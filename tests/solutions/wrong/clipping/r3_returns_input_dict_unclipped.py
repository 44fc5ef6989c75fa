"""clipping.clip_by_global_norm: when the norm is within max_norm, returns the caller's own dict (and arrays) instead of a new dict."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    if norm <= max_norm:
        return grads, norm
    return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
