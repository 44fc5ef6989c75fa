"""clipping.clip_by_global_norm: Keras' clipnorm: each gradient is clipped by its own norm, not by the global norm of all of them."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    out = {}
    for k, g in grads.items():
        n_k = np.sqrt(np.sum(np.square(g)))
        out[k] = g * (max_norm / n_k) if n_k > max_norm else np.array(g, dtype=float)
    return out, norm
