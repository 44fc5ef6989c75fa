"""gradcheck.numerical_gradient: perturbs the caller's x in place (x[i] += h, x[i] -= 2h, x[i] += h): the round trip leaves rounding changes in the caller's array."""

def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(np.shape(x))
    for i in np.ndindex(np.shape(x)):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad
