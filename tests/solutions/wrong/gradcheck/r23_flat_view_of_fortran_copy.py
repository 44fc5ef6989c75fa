"""gradcheck.numerical_gradient: steps taken on reshape(-1) of np.array(x), which keeps a transposed x's Fortran order, so reshape(-1) is a copy and f never sees the steps (every entry 0 for such an x)."""


def numerical_gradient(f, x, h=1e-5):
    input = np.array(x, dtype=np.float64)
    jacobian = np.zeros(input.shape)
    sin = input.reshape(-1)
    sdout = jacobian.reshape(-1)
    for i in range(sin.size):
        orig = sin[i]
        sin[i] = orig - h
        outa = float(f(input))
        sin[i] = orig + h
        outb = float(f(input))
        sin[i] = orig
        sdout[i] = (outb - outa) / (2 * h)
    return jacobian
