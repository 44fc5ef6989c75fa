"""experiments.activation_scale: draws each layer's weights once and shares them across the scales (rescaled), so the draws differ from the reference's."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    base = [np.sqrt(2 / width) * rng.standard_normal((width, width)) for _ in range(n_layers)]
    out = {}
    for scale in scales:
        a, stds = x, []
        for layer in range(n_layers):
            W = scale * base[layer]
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
