"""gradcheck.numerical_gradient: RIGHT: builds x + h e_i and x - h e_i as two fresh arrays per coordinate with np.unravel_index, never touching x."""


def numerical_gradient(f, x, h=1e-5):
    x64 = np.array(x, dtype=np.float64)
    grad = np.empty_like(x64)
    for i in range(x64.size):
        idx = np.unravel_index(i, x64.shape)
        plus, minus = x64.copy(), x64.copy()
        plus[idx] += h
        minus[idx] -= h
        grad[idx] = (f(plus) - f(minus)) / (2.0 * h)
    return grad
