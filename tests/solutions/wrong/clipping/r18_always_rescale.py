"""clipping.clip_by_global_norm: always rescales to max_norm / norm, so gradients already below max_norm are scaled UP instead of left unchanged."""

def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in arrays.values())))
    scale = 1.0 if norm == 0 else max_norm / norm
    return {k: g * scale for k, g in arrays.items()}, norm
