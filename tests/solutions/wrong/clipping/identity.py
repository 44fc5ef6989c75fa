"""clipping.clip_by_global_norm: never rescales, returns copies of the gradients unchanged and their norm."""

def clip_by_global_norm(grads, max_norm):
    arrs = {k: np.array(g, dtype=np.float64) for k, g in grads.items()}
    return arrs, float(np.sqrt(sum(np.sum(a ** 2) for a in arrs.values())))
