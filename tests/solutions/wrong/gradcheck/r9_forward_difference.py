"""gradcheck.numerical_gradient: forward difference (f(x + h e_i) - f(x)) / h, error O(h) instead of the central difference's O(h^2)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    f0 = f(x.copy())
    for i in np.ndindex(x.shape):
        xp = x.copy()
        xp[i] += h
        grad[i] = (f(xp) - f0) / h
    return grad
