"""experiments.activation_scale: Right: W drawn as rng.normal(0.0, std, size), which NumPy computes as loc + scale *
standard_normal, the same draws as std * rng.standard_normal(size); stds kept in a preallocated array.
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Right: W drawn as rng.normal(0.0, std, size), which NumPy computes as loc + scale * standard_normal, the same draws as std * rng.standard_normal(size); stds kept in a preallocated array."""
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers)
        for l in range(n_layers):
            a = np.maximum(a @ rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width)), 0.0)
            stds[l] = a.std()
        out[scale] = stds
    return out
