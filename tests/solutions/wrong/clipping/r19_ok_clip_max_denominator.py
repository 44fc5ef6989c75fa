"""clipping.clip_by_global_norm: RIGHT: max_norm / max(norm, max_norm) equals min(1, max_norm / norm), and is 1 when the norm is 0, with no branch; norm from one concatenated vector."""

def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g).astype(np.float64) for g in grads.values()]) if grads else np.zeros(0)
    norm = float(np.sqrt(flat @ flat))
    coef = max_norm / max(norm, max_norm)
    return {k: np.asarray(g, dtype=np.float64) * coef for k, g in grads.items()}, norm
