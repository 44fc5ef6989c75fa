"""clipping.clip_by_global_norm: clips each array by its own norm instead of the global norm."""

def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    out = {}
    for k, g in grads.items():
        n = np.linalg.norm(g)
        out[k] = g * min(1.0, max_norm / n) if n > 0 else g.copy()
    return out, total
