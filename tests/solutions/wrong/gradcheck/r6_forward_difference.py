"""gradcheck.numerical_gradient: forward difference (f(x + h) - f(x)) / h, error O(h) instead of O(h^2)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    g = np.zeros_like(x)
    f0 = f(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        g[i] = (f(x) - f0) / h
        x[i] = old
    return g
