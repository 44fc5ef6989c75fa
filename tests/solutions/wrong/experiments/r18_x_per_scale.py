"""experiments.activation_scale: Draws a fresh input x for each scale (inside the loop) instead of once before it:
every scale after the first sees other numbers.
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Draws a fresh input x for each scale (inside the loop) instead of once before it: every scale after the first sees other numbers."""
    out = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
