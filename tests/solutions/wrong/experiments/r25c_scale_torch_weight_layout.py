"""experiments.activation_scale: nn.Linear's layout: a @ W.T with W drawn as (out, in): same statistics, other numbers than the reference's."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W.T)
            per_layer.append(a.std())
        stds[scale] = np.array(per_layer)
    return stds
