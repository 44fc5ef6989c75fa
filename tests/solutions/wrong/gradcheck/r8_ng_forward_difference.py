"""gradcheck.numerical_gradient: forward difference (f(x + h e_i) - f(x)) / h, error O(h) instead of the central O(h^2); off by ~h f''/2."""


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    f0 = f(x)
    for i in np.ndindex(x.shape):
        xp = x.copy()
        xp[i] += h
        g[i] = (f(xp) - f0) / h
    return g
