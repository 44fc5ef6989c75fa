"""clipping.clip_by_global_norm: compares the squared norm with max_norm to save a square root (sq > max_norm), so for max_norm > 1 a norm between sqrt(max_norm) and max_norm is "clipped" by max_norm / norm > 1 (blown up), and for max_norm < 1 a norm between max_norm and sqrt(max_norm) is not clipped."""

def clip_by_global_norm(grads, max_norm):
    sq = float(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values()))
    norm = float(np.sqrt(sq))
    scale = max_norm / norm if sq > max_norm else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
