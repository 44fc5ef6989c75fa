"""gradcheck.numerical_gradients: perturbs params[name] inside the caller's dict (rebinding the entry) and leaves the last perturbed copy there."""


def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in list(params):
        base = np.array(params[name], dtype=float)
        g = np.zeros_like(base)
        for i in np.ndindex(base.shape):
            p = base.copy(); p[i] += h
            params[name] = p
            up = f(params)
            p = base.copy(); p[i] -= h
            params[name] = p
            g[i] = (up - f(params)) / (2 * h)
        out[name] = g
    return out
