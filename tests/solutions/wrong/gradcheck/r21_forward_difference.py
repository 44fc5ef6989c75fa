"""gradcheck.numerical_gradient: one-sided (f(x + h e_i) - f(x)) / h, error O(h) instead of the central difference's O(h^2)."""

def numerical_gradient(f, x, h=1e-5):
    x0 = np.array(x, dtype=float)
    f0 = f(x0.copy())
    grad = np.zeros_like(x0)
    for i in range(x0.size):
        up = x0.copy()
        up.flat[i] += h
        grad.flat[i] = (f(up) - f0) / h
    return grad
