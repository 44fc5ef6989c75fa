"""clipping.clip_by_global_norm: np.multiply(g, scale, out=g) rescales the caller's gradient arrays in place."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.multiply(g, scale, out=g) for k, g in grads.items()}, norm
