"""experiments.activation_scale: propagates column vectors a <- relu(W a) (the textbooks' W x), which uses W transposed relative to the course's a @ W."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width)).T
    out = {}
    for scale in scales:
        a, sd = x, np.empty(n_layers)
        for layer in range(n_layers):
            a = np.maximum(rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width)) @ a, 0.0)
            sd[layer] = a.std()
        out[scale] = sd
    return out
