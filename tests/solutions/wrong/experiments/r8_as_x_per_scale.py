"""experiments.activation_scale: draws a new input x for every scale instead of once before the loop, shifting every later draw."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    out = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
