"""experiments.activation_scale: draws a new input x for every scale (inside the scale loop) instead of once before it."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    result = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = np.zeros(n_layers)
        for layer in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
