"""experiments.activation_scale: nn.Linear's weight layout (outputSize, inputSize) leaks in: each W is drawn then used as a @ W.T, so the numbers differ from the reference's a @ W."""


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = np.zeros(n_layers)
        for layer in range(n_layers):
            weight = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ weight.T, 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
