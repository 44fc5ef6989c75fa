"""clipping.clip_by_global_norm: Returns the norm measured after clipping (at most max_norm), not the norm before."""

def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(np.square(g)) for g in grads.values()))
    scale = max_norm / max(norm, max_norm)
    clipped = {k: np.asarray(g) * scale for k, g in grads.items()}
    return clipped, float(np.sqrt(sum(np.sum(np.square(g)) for g in clipped.values())))
