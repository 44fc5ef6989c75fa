"""Clipping, r8 style: torch.nn.utils.clip_grad_norm_'s shape (norm of norms, clip coefficient), on copies."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norms = [float(np.linalg.norm(np.ravel(g))) for g in grads.values()]
    total_norm = math.sqrt(math.fsum(n * n for n in norms))
    clip_coef = max_norm / total_norm if total_norm > 0 else 1.0
    clipped = {}
    for k, g in grads.items():
        out = np.array(g, dtype=np.float64, copy=True)
        if clip_coef < 1.0:
            out *= clip_coef
        clipped[k] = out
    return clipped, total_norm
