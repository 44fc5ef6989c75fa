"""experiments.activation_scale: draws a fresh input x for every scale (a new feed_dict per run) instead of drawing x once before the scales."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    out = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = np.empty(n_layers)
        for l in range(n_layers):
            a = np.maximum(a @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))), 0.0)
            stds[l] = a.std()
        out[scale] = stds
    return out
