"""clipping.clip_by_global_norm: clips every entry to [-max_norm, max_norm] (value clipping) instead of rescaling by the global norm."""

def clip_by_global_norm(grads, max_norm):
    arrs = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(a ** 2) for a in arrs.values())))
    return {k: np.clip(a, -max_norm, max_norm) for k, a in arrs.items()}, norm
