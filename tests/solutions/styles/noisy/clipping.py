"""Global-norm clipping (noisy style): reports when it clips."""

import warnings

import numpy as np

print("clipping.py loaded")


def clip_by_global_norm(grads, max_norm):
    """Scale every gradient by min(1, max_norm / norm)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        norm = float(np.sqrt(sum(np.sum(np.square(np.asarray(g, dtype=np.float64))) for g in grads.values())))
    if norm > max_norm:
        print(f"clipping: norm {norm:.4g} > {max_norm}")
        scale = max_norm / norm
    else:
        print("no clipping needed")
        scale = 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
