"""clipping.clip_by_global_norm: Right: Fortran dnrm2-style, the norm is taken of the entries divided by the largest |g| and scaled back: same value, no overflow."""

def clip_by_global_norm(grads, max_norm):
    big = max((float(np.max(np.abs(g), initial=0.0)) for g in grads.values()), default=0.0)
    if big == 0.0:
        return {k: np.array(g, dtype=np.float64) for k, g in grads.items()}, 0.0
    norm = big * float(np.sqrt(sum(float(np.sum(np.square(np.asarray(g, dtype=np.float64) / big))) for g in grads.values())))
    scale = min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
