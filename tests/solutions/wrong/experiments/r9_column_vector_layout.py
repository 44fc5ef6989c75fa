"""experiments.activation_scale: the column-vector layout relu(W @ a.T).T, i.e. a @ W.T: the drawn W used transposed, so the numbers differ from a @ W."""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(W @ a.T, 0.0).T
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
