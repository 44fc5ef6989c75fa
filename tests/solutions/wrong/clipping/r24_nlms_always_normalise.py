"""clipping.clip_by_global_norm: normalised-LMS habit: always scales by max_norm / (norm + eps), so gradients below the threshold are scaled up."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    scale = max_norm / (norm + 1e-8)
    return {k: scale * np.asarray(g, dtype=np.float64) for k, g in grads.items()}, norm
