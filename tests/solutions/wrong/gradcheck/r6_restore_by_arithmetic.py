"""gradcheck.numerical_gradient: perturbs the caller's x in place and undoes it arithmetically (+h, -2h, +h): x drifts by rounding."""

def numerical_gradient(f, x, h=1e-5):
    g = np.zeros(np.shape(x))
    for i in np.ndindex(g.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        g[i] = (up - down) / (2 * h)
    return g
