"""gradcheck.numerical_gradient: perturbs the caller's x in place and undoes it by arithmetic (+h, -2h, +h), which leaves rounding changes behind."""

def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad
