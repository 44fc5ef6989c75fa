"""experiments.activation_scale: one W drawn per scale and reused by all n_layers layers, instead of a fresh W per layer."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
        a, stds = x, []
        for _ in range(n_layers):
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
