"""clipping.clip_by_global_norm: torch's clip_grad_norm_ factor max_norm / (norm + 1e-6): off for small norms."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    coef = min(1.0, max_norm / (norm + 1e-6))
    return {k: g * coef for k, g in grads.items()}, norm
