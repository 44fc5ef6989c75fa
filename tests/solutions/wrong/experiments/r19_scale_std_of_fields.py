"""experiments.activation_scale: Records the spread of Haykin's induced local fields v = a @ W (before the ReLU)
instead of the layer's output a = relu(v), the activations the docstring asks for.
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Records the spread of Haykin's induced local fields v = a @ W (before the ReLU) instead of the layer's output a = relu(v), the activations the docstring asks for."""
    x = rng.standard_normal((batch, width))
    spreads = {}
    for scale in scales:
        y = x
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            v = y @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width)))
            stds[layer] = v.std()
            y = np.maximum(v, 0.0)
        spreads[scale] = stds
    return spreads
