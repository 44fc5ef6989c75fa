"""clipping.clip_by_global_norm: clipped = grads.copy() copies the dict, not the arrays: clipped[k] *= scale rescales the caller's gradients."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    clipped = grads.copy()
    if norm > max_norm:
        for k in clipped:
            clipped[k] *= max_norm / norm
    return clipped, norm
