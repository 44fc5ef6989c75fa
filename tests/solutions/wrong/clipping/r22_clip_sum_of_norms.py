"""clipping.clip_by_global_norm: the global norm taken as the sum of the per-key norms, not the root of the sum of all squares."""


def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.sqrt(np.sum(np.asarray(g, dtype=np.float64) ** 2)) for g in grads.values()))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g) * scale for k, g in grads.items()}, norm
