"""gradcheck.numerical_gradients: perturbs the caller's own arrays in params and "restores" each entry by subtracting h again,
which leaves rounding residue (x + h - 2h + h != x in floating point): the caller's parameters come back changed."""

def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for name, x in params.items():
        g = np.zeros(np.shape(x))
        for i in np.ndindex(g.shape):
            x[i] += h
            up = f(params)
            x[i] -= 2 * h
            down = f(params)
            x[i] += h
            g[i] = (up - down) / (2 * h)
        grads[name] = g
    return grads
