"""gradcheck.numerical_gradient: perturbs one working copy and never restores the coordinate after its difference: later coordinates are taken at a point shifted by -h in every earlier one."""

def numerical_gradient(f, x, h=1e-5):
    xw = np.array(x, dtype=np.float64)
    grad = np.zeros_like(xw)
    for i in np.ndindex(xw.shape):
        old = xw[i]
        xw[i] = old + h
        up = f(xw)
        xw[i] = old - h
        down = f(xw)
        grad[i] = (up - down) / (2 * h)
    return grad
