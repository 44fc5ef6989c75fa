"""Exercise: gradient clipping by global norm (the cure for exploding gradients)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Rescale a dict of gradients so their global norm is at most max_norm (> 0).

    norm = sqrt(sum over keys k of sum(g_k^2)) (all entries of all arrays), then
    g_k <- g_k * min(1, max_norm / norm) for every key k (unchanged when norm is 0).
    Returns (clipped, norm): a new dict with the same keys and shapes, and the
    norm measured before clipping.
    """
    raise NotImplementedError
