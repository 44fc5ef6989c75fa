"""clipping.clip_by_global_norm: clips each tensor by its own norm (the returned norm is still the global one)."""

def clip_by_global_norm(grads, max_norm):
    out, total = {}, 0.0
    for k, g in grads.items():
        g = np.asarray(g, dtype=np.float64)
        n = float(np.sqrt(np.sum(g ** 2)))
        total += n ** 2
        out[k] = g * (min(1.0, max_norm / n) if n > 0 else 1.0)
    return out, float(np.sqrt(total))
