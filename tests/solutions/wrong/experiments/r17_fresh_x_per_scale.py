"""experiments.activation_scale: draws a new input x for every scale instead of once before the loop, shifting every later draw.

Habit: defensive code that "never reuses state" between the runs of different scales.
"""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    out = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
        out[scale] = stds
    return out
