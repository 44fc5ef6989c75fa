"""experiments.activation_scale: records the std of the pre-activation a @ W, before the ReLU."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            z = a @ W
            stds.append(z.std())
            a = np.maximum(z, 0.0)
        out[scale] = np.array(stds)
    return out
