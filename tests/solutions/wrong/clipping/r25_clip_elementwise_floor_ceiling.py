def clip_by_global_norm(grads, max_norm):
    """clipping.clip_by_global_norm: clips every entry into [-max_norm, max_norm] (APL's floor and ceiling,
    clipping by value) instead of rescaling all the gradients by one common factor."""
    norm = float(np.sqrt(sum(np.add.reduce(np.square(np.ravel(g))) for g in grads.values())))
    return {k: np.minimum(np.maximum(np.asarray(g, dtype=np.float64), -max_norm), max_norm)
            for k, g in grads.items()}, norm
