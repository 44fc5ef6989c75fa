"""clipping.clip_by_global_norm: takes the sum of squares theta^T theta as the norm (no square root)."""

def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    theta = np.concatenate([g.reshape(-1, 1) for g in arrays.values()])
    norm = float((theta.T @ theta)[0, 0])
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: g * scale for k, g in arrays.items()}, norm
