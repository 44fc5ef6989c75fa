"""gradcheck.numerical_gradient: xp = xm = x.copy() is ONE array under two names: +h then -h cancel and every entry is 0."""

def numerical_gradient(f, x, h=1e-5):
    xp = xm = np.array(x, dtype=float)
    grad = np.zeros_like(xp)
    for i in np.ndindex(xp.shape):
        old = xp[i]
        xp[i] = old + h
        xm[i] = old - h
        grad[i] = (f(xp) - f(xm)) / (2 * h)
        xp[i] = old
    return grad
