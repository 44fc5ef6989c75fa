"""clipping.clip_by_global_norm: measures and clips only the keys starting with 'W', leaving biases out of the norm and unclipped."""


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for k, g in grads.items() if k.startswith("W"))))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: (g * scale if k.startswith("W") else g.copy()) for k, g in grads.items()}, norm
