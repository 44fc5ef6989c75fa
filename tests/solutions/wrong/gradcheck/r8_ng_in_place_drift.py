"""gradcheck.numerical_gradient: nudges the caller's x in place (x[i] += h, -= 2h, += h); the caller's array is touched and can end off by rounding."""


def numerical_gradient(f, x, h=1e-5):
    g = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        g[i] = (up - down) / (2 * h)
    return g
