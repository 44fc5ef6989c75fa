"""clipping.clip_by_global_norm: Scales the caller's gradient arrays in place (g *= scale) and returns the same dict, not a new one."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads.values())))
    if norm > max_norm:
        for k in grads:
            grads[k] *= max_norm / norm
    return grads, norm
