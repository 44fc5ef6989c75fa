"""clipping.clip_by_global_norm: Keras's clipnorm: each tensor clipped to its own norm, not by the one global norm."""

def clip_by_global_norm(grads, max_norm):
    clipped = {}
    total = 0.0
    for k, g in grads.items():
        n = float(np.linalg.norm(np.ravel(g)))
        total += n * n
        clipped[k] = g * min(1.0, max_norm / n) if n > 0 else g * 1.0
    return clipped, float(np.sqrt(total))
