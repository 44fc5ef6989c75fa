"""gradcheck.numerical_gradient: the step is h * max(1, |x_i|) (a relative step), not the h of the docstring's formula: differs wherever |x_i| > 1."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        step = h * max(1.0, abs(old))
        x[i] = old + step
        up = f(x)
        x[i] = old - step
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * step)
    return grad
