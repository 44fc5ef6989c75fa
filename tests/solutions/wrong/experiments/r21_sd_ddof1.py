"""experiments.activation_scale: records R's sd(), the sample std with ddof = 1, instead of a.std()."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, sd = x, np.empty(n_layers)
        for layer in range(n_layers):
            a = np.maximum(a @ rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width)), 0.0)
            sd[layer] = a.std(ddof=1)
        out[scale] = sd
    return out
