"""experiments.activation_scale: std scale * sqrt(1 / width) (LeCun) instead of scale * sqrt(2 / width); every std shrinks by sqrt(2) per layer."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(1 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
