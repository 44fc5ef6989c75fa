"""experiments.activation_scale: draws W the Theano HiddenLayer way, rng.uniform(-sqrt(6 / (n_in + n_out)), +..., (width, width)) times scale, not scale * sqrt(2 / width) standard normal."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = np.zeros(n_layers)
        bound = np.sqrt(6.0 / (width + width))
        for layer in range(n_layers):
            W_values = scale * rng.uniform(low=-bound, high=bound, size=(width, width))
            a = np.maximum(a @ W_values, 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
