"""experiments.activation_scale: draws a fresh input x for every scale (one simulation per setting) instead of once before all scales."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    out = {}
    for scale in scales:
        a, sd = rng.standard_normal((batch, width)), np.empty(n_layers)
        for layer in range(n_layers):
            a = np.maximum(a @ rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width)), 0.0)
            sd[layer] = a.std()
        out[scale] = sd
    return out
