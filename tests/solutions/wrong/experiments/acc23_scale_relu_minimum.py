"""experiments.activation_scale: the ReLU written np.minimum(0, z), which keeps the negative part (mutant activation_scale#37 of acc23's --phase 0.91 sample)."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.minimum(0.0, a @ W)
            per_layer.append(a.std())
        stds[scale] = np.array(per_layer)
    return stds
