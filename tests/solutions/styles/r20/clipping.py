"""Clipping by global norm as Geron's 'Hands-On Machine Learning' (ch. 11) describes Keras' clipnorm /
tf.clip_by_global_norm: one norm over every gradient, every gradient scaled by clip_norm / max(norm, clip_norm)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    global_norm = np.sqrt(sum(np.sum(np.square(g)) for g in grads.values()))
    clip_norm = max_norm
    scale = clip_norm / max(global_norm, clip_norm)
    return {name: np.asarray(g) * scale for name, g in grads.items()}, float(global_norm)
