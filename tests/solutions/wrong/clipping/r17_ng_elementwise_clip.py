"""clipping.clip_by_global_norm: Clips every entry to [-max_norm, max_norm] (Ng's np.clip(gradient, -maxValue, maxValue, out=gradient)) instead of rescaling by the global norm.

Habit: deeplearning.ai course 5's clip(gradients, maxValue), elementwise; the norm is returned right.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    return {k: np.clip(np.asarray(g, dtype=np.float64), -max_norm, max_norm) for k, g in grads.items()}, norm
