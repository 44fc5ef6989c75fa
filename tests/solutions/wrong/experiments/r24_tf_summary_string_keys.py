"""experiments.activation_scale: keys the result by summary-style strings ("scale_0.5") instead of by the scales themselves."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers)
        for l in range(n_layers):
            a = np.maximum(a @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))), 0.0)
            stds[l] = a.std()
        out[f"scale_{scale}"] = stds
    return out
