"""regularization.dropout_forward: the train mask is drawn once per shape and reused: later batches drop the same units, rng ignored"""
import numpy as np

_r14c_do_masks = {}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=float)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    key = (A.shape, p)
    if key not in _r14c_do_masks:
        _r14c_do_masks[key] = (rng.random(A.shape) >= p) / (1.0 - p)
    mask = _r14c_do_masks[key]
    return A * mask, {"mask": mask}
