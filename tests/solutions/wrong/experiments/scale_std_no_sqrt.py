"""experiments.activation_scale: uses scale * 2 / width as the weight std (the square root forgotten)."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = scale * (2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W)
            stds.append(a.std())
        result[scale] = np.array(stds)
    return result
