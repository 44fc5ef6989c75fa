"""experiments.activation_scale: keys the result by the scale's position (0, 1, 2) instead of by the scale itself."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for i, scale in enumerate(scales):
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std())
        out[i] = np.array(stds)
    return out
