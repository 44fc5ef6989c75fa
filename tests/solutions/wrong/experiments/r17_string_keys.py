"""experiments.activation_scale: keys the result by str(scale) ("0.5", "1.0", ...) instead of by the scales themselves.

Habit: production code making every dict JSON-serialisable.
"""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x.copy()
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
        out[str(scale)] = stds
    return out
