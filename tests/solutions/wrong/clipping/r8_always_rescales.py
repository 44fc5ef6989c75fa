"""clipping.clip_by_global_norm: g * max_norm / norm always, so gradients below max_norm are scaled up."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    if norm == 0:
        return {k: g.copy() for k, g in grads.items()}, norm
    return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
