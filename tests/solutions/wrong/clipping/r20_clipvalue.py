"""clipping.clip_by_global_norm: Keras' clipvalue: every entry is clipped to [-max_norm, max_norm] instead of rescaling by the global norm."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    return {k: np.clip(g, -max_norm, max_norm) for k, g in grads.items()}, norm
