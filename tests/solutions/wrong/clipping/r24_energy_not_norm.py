"""clipping.clip_by_global_norm: uses the energy ||g||^2 (NLMS's ||x||^2) for the norm: returns it and clips against it."""


def clip_by_global_norm(grads, max_norm):
    energy = float(sum(np.sum(np.square(g)) for g in grads.values()))
    scale = min(1.0, max_norm / energy) if energy > 0 else 1.0
    return {k: scale * np.asarray(g, dtype=np.float64) for k, g in grads.items()}, energy
