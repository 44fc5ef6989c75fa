"""experiments.activation_scale: right: W = scale sqrt(2 / width) * rng.standard_normal((width, width)), the same draws as normal(...) from the same stream."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, sd = x, []
        for _ in range(n_layers):
            a = np.maximum(a @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))), 0.0)
            sd.append(a.std())
        out[scale] = np.array(sd)
    return out
