"""clipping.clip_by_global_norm: the norm is the sum of squares, the square root forgotten; right only when that sum is 0 or 1."""


def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.sum(g ** 2) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
