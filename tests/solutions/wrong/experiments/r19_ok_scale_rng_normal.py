"""experiments.activation_scale: Right: W drawn with rng.normal(0, std, (width, width)), the same numbers as std *
rng.standard_normal; std via np.std of the whole batch.
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Right: W drawn with rng.normal(0, std, (width, width)), the same numbers as std * rng.standard_normal; std via np.std of the whole batch."""
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        std = scale * np.sqrt(2.0 / width)
        a = x
        stds = []
        for _ in range(n_layers):
            a = np.maximum(a @ rng.normal(0.0, std, (width, width)), 0.0)
            stds.append(np.std(a))
        out[scale] = np.array(stds)
    return out
