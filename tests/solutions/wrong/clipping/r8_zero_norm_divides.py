"""clipping.clip_by_global_norm: min(1, max_norm / norm) with a Python float norm, so all-zero gradients raise ZeroDivisionError (the docstring's norm-0 case)."""


def clip_by_global_norm(grads, max_norm):
    import math
    norm = math.sqrt(sum(float(np.sum(g ** 2)) for g in grads.values()))
    scale = min(1.0, max_norm / norm)
    return {k: g * scale for k, g in grads.items()}, norm
