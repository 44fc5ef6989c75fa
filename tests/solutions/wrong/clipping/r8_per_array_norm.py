"""clipping.clip_by_global_norm: each array clipped by its own norm (and the largest returned) instead of the global norm; wrong with two or more nonzero arrays."""


def clip_by_global_norm(grads, max_norm):
    clipped, norms = {}, []
    for k, g in grads.items():
        n = float(np.sqrt(np.sum(g ** 2)))
        norms.append(n)
        clipped[k] = g * min(1.0, max_norm / n) if n > 0 else g.copy()
    return clipped, max(norms)
