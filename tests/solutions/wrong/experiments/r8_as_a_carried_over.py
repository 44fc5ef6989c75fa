"""experiments.activation_scale: does not restart from x for each scale; the next scale continues from the previous scale's last activations."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    a = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
