"""experiments.activation_scale: Uses makemore's kaiming gain for tanh, (5/3) / sqrt(fan_in), in place of ReLU's sqrt(2
/ fan_in): every std is scale * 5/3 / sqrt(width) instead of scale * sqrt(2 / width).
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Uses makemore's kaiming gain for tanh, (5/3) / sqrt(fan_in), in place of ReLU's sqrt(2 / fan_in): every std is scale * 5/3 / sqrt(width) instead of scale * sqrt(2 / width)."""
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.standard_normal((width, width)) * scale * (5 / 3) / width ** 0.5
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
