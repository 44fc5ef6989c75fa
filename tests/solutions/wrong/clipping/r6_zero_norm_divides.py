"""clipping.clip_by_global_norm: no zero-norm guard: max_norm / 0.0 on numpy floats raises a divide-by-zero RuntimeWarning for all-zero gradients."""

def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values()))
    factor = min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * factor for k, g in grads.items()}, float(norm)
