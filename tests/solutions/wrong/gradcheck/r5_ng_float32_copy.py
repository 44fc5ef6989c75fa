"""gradcheck.numerical_gradient: perturbs a float32 copy of x: the difference quotient loses most of its digits."""

def numerical_gradient(f, x, h=1e-5):
    x32 = np.array(x, dtype=np.float32)
    grad = np.zeros(x32.shape)
    for i in np.ndindex(x32.shape):
        xp, xm = x32.copy(), x32.copy()
        xp[i] += h
        xm[i] -= h
        grad[i] = (f(xp) - f(xm)) / (2 * h)
    return grad
