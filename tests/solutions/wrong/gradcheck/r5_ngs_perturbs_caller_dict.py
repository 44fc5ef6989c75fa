"""gradcheck.numerical_gradients: numerical_gradients perturbs the caller's params dict entries directly (params[k] = ...) and leaves the last one changed."""

def numerical_gradients(f, params, h=1e-5):
    out = {}
    for k in params:
        base = np.array(params[k], dtype=float)
        g = np.zeros_like(base)
        for i in np.ndindex(base.shape):
            up, down = base.copy(), base.copy()
            up[i] += h
            down[i] -= h
            params[k] = up
            fu = f(params)
            params[k] = down
            fd = f(params)
            g[i] = (fu - fd) / (2 * h)
        out[k] = g
    return out
