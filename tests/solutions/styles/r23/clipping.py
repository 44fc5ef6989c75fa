"""Global-norm clipping on the unrolled gradient vector grad = [W1grad(:); b1grad(:); ...] (UFLDL style)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """norm = sqrt(grad' * grad); grad = grad * min(1, max_norm / norm); rolled back with order='F'."""
    keys = list(grads)
    blocks = [np.asarray(grads[k], dtype=np.float64) for k in keys]
    theta = np.concatenate([g.ravel(order="F") for g in blocks]) if blocks else np.zeros(0)
    norm = float(np.sqrt(theta @ theta))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    theta = theta * scale
    clipped, pos = {}, 0
    for k, g in zip(keys, blocks):
        clipped[k] = theta[pos:pos + g.size].reshape(g.shape, order="F")
        pos += g.size
    return clipped, norm
