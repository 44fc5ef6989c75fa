"""clipping.clip_by_global_norm: clip_grad_norm_ called once per parameter in a loop: each array is clipped by its own norm, not by the global norm; the norm returned is the global one."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    clipped = {}
    for k, g in grads.items():
        own = float(np.linalg.norm(np.ravel(g)))
        clipped[k] = np.asarray(g, dtype=np.float64) * (min(1.0, max_norm / own) if own > 0 else 1.0)
    return clipped, norm
