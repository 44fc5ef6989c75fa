"""clipping.clip_by_global_norm: measures the norm over every key but rescales only the weights (keys starting with "W"),
leaving the biases unclipped."""

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale if k.startswith("W") else np.array(g, dtype=np.float64) for k, g in grads.items()}, norm
