"""gradcheck.numerical_gradient: perturbs the caller's own tensor (Torch's input:storage() habit) and undoes it by adding and subtracting h, which leaves rounding changes in the caller's x."""


def numerical_gradient(f, x, h=1e-5):
    sin = x.reshape(-1)
    grad = np.zeros(x.shape)
    sdout = grad.reshape(-1)
    for i in range(sin.size):
        sin[i] += h
        outb = float(f(x))
        sin[i] -= 2 * h
        outa = float(f(x))
        sin[i] += h
        sdout[i] = (outb - outa) / (2 * h)
    return grad
