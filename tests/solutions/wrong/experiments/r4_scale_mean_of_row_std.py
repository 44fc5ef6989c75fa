"""experiments.activation_scale: records the mean of each example's std (axis 1), equal to a.std() only for batch = 1."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std(axis=1).mean())
        out[scale] = np.array(stds)
    return out
