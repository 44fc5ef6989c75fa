"""experiments.activation_scale: a <- relu(W a) as in the notes (column vectors), i.e. a @ W^T: same draws, other products."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(W @ a.T, 0).T
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
