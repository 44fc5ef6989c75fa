"""clipping.clip_by_global_norm: max_norm / norm with a numpy zero norm divides by zero (RuntimeWarning, inf) before min(1, .) hides it."""

def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(np.square(g)) for g in grads.values()))
    scale = min(1.0, max_norm / norm)
    return {k: g * scale for k, g in grads.items()}, float(norm)
