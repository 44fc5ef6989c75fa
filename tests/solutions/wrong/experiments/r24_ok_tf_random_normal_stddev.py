"""experiments.activation_scale: right: W drawn as rng.normal(0.0, stddev, shape) (tf.random.normal's mean and stddev), which is 0 + stddev * standard_normal: the very draws the docstring fixes."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    inputs = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a = inputs
        per_layer = np.zeros(n_layers)
        for layer in range(n_layers):
            kernel = rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width))
            a = np.maximum(a @ kernel, 0.0)
            per_layer[layer] = np.std(a)
        stds[scale] = per_layer
    return stds
