"""clipping.clip_by_global_norm: when nothing is clipped the new dict holds the caller's own arrays, so editing the result edits the input."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    if norm <= max_norm:
        return dict(grads), norm
    return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
