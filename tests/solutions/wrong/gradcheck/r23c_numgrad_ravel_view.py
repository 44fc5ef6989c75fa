"""gradcheck.numerical_gradient: perturbs the caller's x through a ravel() view and undoes +h, -2h, +h, which leaves rounding residue in x."""


def numerical_gradient(f, x, h=1e-5):
    flat = x.ravel()
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        flat[i] += h
        fp = f(x)
        flat[i] -= 2 * h
        fm = f(x)
        flat[i] += h
        grad[i] = (fp - fm) / (2 * h)
    return grad.reshape(x.shape)
