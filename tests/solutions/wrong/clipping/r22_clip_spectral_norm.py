"""clipping.clip_by_global_norm: np.linalg.norm(g, 2) of a matrix is its largest singular value, not the root of the sum of squared entries."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.linalg.norm(np.atleast_1d(np.asarray(g, dtype=np.float64)), 2) ** 2
                             for g in grads.values())))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g) * scale for k, g in grads.items()}, norm
