"""experiments.activation_scale: Records the std of the pre-activations hpreact = a @ W (makemore's histogram of
hpreact) instead of the activations relu(a @ W).
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Records the std of the pre-activations hpreact = a @ W (makemore's histogram of hpreact) instead of the activations relu(a @ W)."""
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            hpreact = a @ W
            stds.append(hpreact.std())
            a = np.maximum(hpreact, 0)
        out[scale] = np.array(stds)
    return out
