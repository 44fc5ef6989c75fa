"""experiments.activation_scale: a is set to x once, before the loop over scales, so each scale continues from the previous scale's last activation."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    a = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        per_layer = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W)
            per_layer.append(a.std())
        stds[scale] = np.array(per_layer)
    return stds
