"""clipping.clip_by_global_norm: clip_grad_norm_'s coefficient max_norm / (norm + 1e-6): for small norms (~1e-6 and below) the gradients are clipped far below max_norm."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    coef = min(1.0, max_norm / (norm + 1e-6))
    return {k: np.asarray(g, dtype=np.float64) * coef for k, g in grads.items()}, norm
