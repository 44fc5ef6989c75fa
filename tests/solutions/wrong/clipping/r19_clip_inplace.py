"""clipping.clip_by_global_norm: clip_grad_norm_ is in place (the trailing underscore): the caller's gradient arrays are scaled with *= and the same dict returned."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    if norm > max_norm:
        for g in grads.values():
            g *= max_norm / norm
    return grads, norm
