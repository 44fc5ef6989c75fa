"""clipping.clip_by_global_norm: right; when nothing needs clipping the new dict holds the gradients as given (float64 arrays, unchanged), and scaled copies otherwise."""

def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in arrays.values())))
    if norm <= max_norm:
        return dict(arrays), norm
    return {k: g * (max_norm / norm) for k, g in arrays.items()}, norm
