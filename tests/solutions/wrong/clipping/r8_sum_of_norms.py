"""clipping.clip_by_global_norm: the global norm as the sum of the arrays' norms (not the root of the summed squares); wrong with two or more nonzero arrays."""


def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.linalg.norm(np.ravel(g)) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
