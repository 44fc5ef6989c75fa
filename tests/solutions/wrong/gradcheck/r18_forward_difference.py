"""gradcheck.numerical_gradient: One-sided difference (f(x + h e_i) - f(x)) / h as in micrograd's first lecture, not
the central difference: error O(h), not O(h^2).
"""

def numerical_gradient(f, x, h=1e-5):
    """One-sided difference (f(x + h e_i) - f(x)) / h as in micrograd's first lecture, not the central difference: error O(h), not O(h^2)."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    f0 = f(x)
    for i in range(x.size):
        xp = x.copy()
        xp.flat[i] += h
        grad.flat[i] = (f(xp) - f0) / h
    return grad
