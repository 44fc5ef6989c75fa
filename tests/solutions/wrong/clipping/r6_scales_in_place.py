"""clipping.clip_by_global_norm: multiplies the caller's arrays in place (g *= factor) and returns them."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    factor = min(1.0, max_norm / norm) if norm > 0 else 1.0
    out = {}
    for k, g in grads.items():
        g *= factor
        out[k] = g
    return out, norm
