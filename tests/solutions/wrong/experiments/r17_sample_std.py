"""experiments.activation_scale: records the sample standard deviation a.std(ddof=1) instead of a.std() (a factor sqrt(n/(n-1))).

Habit: production statistics code that always uses the unbiased estimate.
"""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x.copy()
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std(ddof=1)
        out[scale] = stds
    return out
