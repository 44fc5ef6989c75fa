"""gradcheck.numerical_gradient: returns the gradient flattened to (x.size,) instead of x's shape."""


def numerical_gradient(f, x, h=1e-5):
    flat = np.array(x, dtype=float).ravel()
    g = np.zeros(flat.size)
    for i in range(flat.size):
        xp, xm = flat.copy(), flat.copy()
        xp[i] += h
        xm[i] -= h
        g[i] = (f(xp.reshape(np.shape(x))) - f(xm.reshape(np.shape(x)))) / (2 * h)
    return g
