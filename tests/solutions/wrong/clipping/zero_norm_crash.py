"""clipping.clip_by_global_norm: divides max_norm by the norm unguarded, so all-zero gradients raise ZeroDivisionError."""

def clip_by_global_norm(grads, max_norm):
    arrs = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(a ** 2) for a in arrs.values())))
    s = min(1.0, max_norm / norm)
    return {k: a * s for k, a in arrs.items()}, norm
