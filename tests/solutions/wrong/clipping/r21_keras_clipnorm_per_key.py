import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Keras' clipnorm: clips each gradient by its own norm instead of all together by the global norm."""
    clipped = {}
    sumsq = 0.0
    for k, g in grads.items():
        g = np.asarray(g, dtype=np.float64)
        n = float(np.sqrt(np.sum(g * g)))
        sumsq += n * n
        clipped[k] = g * (max_norm / n) if n > max_norm else g.copy()
    return clipped, float(np.sqrt(sumsq))
