"""clipping.clip_by_global_norm: scales with np.multiply(..., out=copy) of the input's dtype, so integer gradients are truncated after clipping."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(np.asarray(g, dtype=np.float64))) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    out = {}
    for k, g in grads.items():
        c = np.array(g, copy=True)
        np.multiply(c, scale, out=c, casting="unsafe")
        out[k] = c
    return out, norm
