"""clipping.clip_by_global_norm: scales by max_norm / (norm + 1e-6) (PyTorch's clip_grad_norm_) where the docstring's factor is max_norm / norm, so clipped gradients come out slightly short of max_norm."""

def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in arrays.values())))
    scale = min(1.0, max_norm / (norm + 1e-6))
    return {k: g * scale for k, g in arrays.items()}, norm
