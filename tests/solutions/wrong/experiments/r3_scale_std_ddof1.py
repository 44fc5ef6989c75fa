"""experiments.activation_scale: records a.std(ddof=1), the sample std, instead of a.std() (a factor sqrt(n/(n-1)) too large)."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W)
            per_layer.append(a.std(ddof=1))
        stds[scale] = np.array(per_layer)
    return stds
