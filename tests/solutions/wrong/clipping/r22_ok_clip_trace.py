"""clipping.clip_by_global_norm: right: each squared norm as trace(G^T G) of np.matrix(g) (a vector becomes a row, a number 1x1), the same sum of squares."""


def clip_by_global_norm(grads, max_norm):
    sq = 0.0
    for g in grads.values():
        G = np.asmatrix(np.asarray(g, dtype=np.float64).reshape(1, -1) if np.ndim(g) > 2 else g, dtype=np.float64)
        sq += float(np.trace(G.T * G))
    norm = float(np.sqrt(sq))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g) * scale for k, g in grads.items()}, norm
