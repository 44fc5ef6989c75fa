"""clipping.clip_by_global_norm: returns the norm after clipping (min(norm, max_norm)) instead of the norm measured before clipping."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    coef = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * coef for k, g in grads.items()}, norm * coef
