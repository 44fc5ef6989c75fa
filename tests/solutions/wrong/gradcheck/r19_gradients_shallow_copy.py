"""gradcheck.numerical_gradients: Copies the dict but not its arrays (dict(params)): the perturbations land in the
caller's tensors, restored only up to rounding.
"""

def numerical_gradients(f, params, h=1e-5):
    """Copies the dict but not its arrays (dict(params)): the perturbations land in the caller's tensors, restored only up to rounding."""
    probe = dict(params)
    grads = {}
    for name, value in probe.items():
        g = np.zeros(value.shape)
        for idx in np.ndindex(value.shape):
            value[idx] += h
            f_plus = f(probe)
            value[idx] -= 2 * h
            f_minus = f(probe)
            value[idx] += h
            g[idx] = (f_plus - f_minus) / (2 * h)
        grads[name] = g
    return grads
