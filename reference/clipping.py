"""Gradient clipping by global norm, the standard cure for exploding gradients.

The global norm treats all gradients as one long vector:
    norm = sqrt(sum_k sum(g_k^2))
If norm > max_norm every gradient is multiplied by max_norm / norm, so the
direction is kept and the new global norm is exactly max_norm; otherwise
the gradients are returned unchanged.
"""

import numpy as np


def global_norm(grads):
    """sqrt of the sum of squares of every entry of every array in the dict `grads`, as a float."""
    entries = [np.abs(np.asarray(g, dtype=np.float64)).ravel() for g in grads.values()]
    largest = max((float(np.max(e)) for e in entries if e.size), default=0.0)
    if largest == 0.0 or not np.isfinite(largest):
        return largest
    # measured in units of the largest entry: squares of entries beyond ~1e154 overflow, below ~1e-162 underflow
    with np.errstate(under="ignore"):
        return largest * float(np.sqrt(sum(np.sum(np.square(e / largest)) for e in entries)))


def clip_by_global_norm(grads, max_norm):
    """Rescale a dict of gradients so their global norm is at most max_norm (> 0).

    norm = sqrt(sum over keys k of sum(g_k^2)) (all entries of all arrays), then
    g_k <- g_k * min(1, max_norm / norm) for every key k (unchanged when norm is 0).
    Returns (clipped, norm): a new dict with the same keys and shapes, and the
    norm measured before clipping.
    """
    if max_norm <= 0:
        raise ValueError(f"max_norm must be positive, got {max_norm}")
    norm = global_norm(grads)
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=float) * scale for k, g in grads.items()}, norm
