"""experiments.activation_scale: fills W like Caffe's "xavier" filler, uniform on +-scale*sqrt(3 / width), instead of normal draws with std scale*sqrt(2 / width)."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers)
        for l in range(n_layers):
            limit = scale * np.sqrt(3.0 / width)
            a = np.maximum(a @ rng.uniform(-limit, limit, (width, width)), 0.0)
            stds[l] = a.std()
        out[scale] = stds
    return out
