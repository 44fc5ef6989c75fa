"""clipping.clip_by_global_norm: right: one flat parameter vector (np.concatenate of the ravelled arrays) and np.linalg.norm give the same global norm."""


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g).astype(np.float64) for g in grads.values()]) if grads else np.zeros(0)
    norm = float(np.linalg.norm(flat))
    scale = 1.0 if norm <= max_norm else max_norm / norm
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
