"""clipping.clip_by_global_norm: clips each gradient by its own norm (g_k * min(1, max_norm / ||g_k||)), not all by the one global norm."""

def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in arrays.values())))
    out = {}
    for k, g in arrays.items():
        n_k = np.sqrt(np.sum(g ** 2))
        out[k] = g * (min(1.0, max_norm / n_k) if n_k > 0 else 1.0)
    return out, norm
