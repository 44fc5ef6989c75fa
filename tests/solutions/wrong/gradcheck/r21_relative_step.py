"""gradcheck.numerical_gradient: steps by h |x_i| (numDeriv's relative step) instead of h, so a zero coordinate gets 0 / 0 = nan."""

def numerical_gradient(f, x, h=1e-5):
    x0 = np.array(x, dtype=float)
    grad = np.zeros_like(x0)
    for i in range(x0.size):
        d = h * abs(x0.flat[i])
        up, down = x0.copy(), x0.copy()
        up.flat[i] += d
        down.flat[i] -= d
        grad.flat[i] = (f(up) - f(down)) / (2 * d)
    return grad
