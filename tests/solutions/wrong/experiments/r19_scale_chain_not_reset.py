"""experiments.activation_scale: Never resets a to x between scales: each scale continues from the previous scale's last
layer.
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Never resets a to x between scales: each scale continues from the previous scale's last layer."""
    a = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        stds = np.empty(n_layers)
        for l in range(n_layers):
            a = np.maximum(a @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))), 0.0)
            stds[l] = a.std()
        result[scale] = stds
    return result
