"""clipping.clip_by_global_norm: PyTorch's max_norm / (norm + 1e-6): scale off by far more than rounding for small norms."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    scale = min(1.0, max_norm / (norm + 1e-6))
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
