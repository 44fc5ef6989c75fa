"""experiments.activation_scale: keys the result by str(scale) ("0.5", "1.0", ...) instead of the scales themselves."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W)
            per_layer.append(a.std())
        stds[str(scale)] = np.array(per_layer)
    return stds
