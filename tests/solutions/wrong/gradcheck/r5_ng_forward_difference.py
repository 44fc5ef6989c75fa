"""gradcheck.numerical_gradient: forward difference (f(x + h) - f(x)) / h instead of the central one."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    f0 = f(x.copy())
    for i in np.ndindex(x.shape):
        xp = x.copy()
        xp[i] += h
        grad[i] = (f(xp) - f0) / h
    return grad
