"""experiments.activation_scale: std scale * sqrt(1 / width) (LeCun/Xavier-like) instead of scale * sqrt(2 / width): scale 1 is not He and the activations halve in variance each layer."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(1.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
