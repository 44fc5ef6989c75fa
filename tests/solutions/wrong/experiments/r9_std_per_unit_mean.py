"""experiments.activation_scale: records the mean over units of each unit's std across the batch (a.std(axis=0).mean()) instead of a.std() over all entries."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std(axis=0).mean())
        out[scale] = np.array(stds)
    return out
