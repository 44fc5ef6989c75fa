"""experiments.activation_scale: never resets a to x between scales: each scale starts from the previous scale's last activations."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    a = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
