"""clipping.clip_by_global_norm: returns the clipped gradients as a list (tf.clip_by_global_norm's convention), not a dict"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    tensors = list(grads.values())
    norm = float(np.sqrt(sum(np.sum(t ** 2) for t in tensors)))
    scale = max_norm / max(norm, max_norm)
    return [t * scale for t in tensors], norm
