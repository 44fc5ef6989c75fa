"""Global-norm clipping the way torch.nn.utils.clip_grad_norm_ computes it: the norm of the per-tensor
norms, then one clip coefficient clamped to 1; here on a dict, returning new arrays instead of in place."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Rescale a dict of gradients so their global norm is at most max_norm (> 0). Returns (clipped, norm)."""
    norms = [np.linalg.norm(np.ravel(g)) for g in grads.values()]
    total_norm = float(np.linalg.norm(np.array(norms, dtype=np.float64)))
    clip_coef = max_norm / total_norm if total_norm > 0 else 1.0
    clip_coef_clamped = min(clip_coef, 1.0)
    clipped = {name: np.asarray(g, dtype=np.float64) * clip_coef_clamped for name, g in grads.items()}
    return clipped, total_norm
