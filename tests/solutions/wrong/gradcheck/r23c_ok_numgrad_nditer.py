"""gradcheck.numerical_gradient: Right: np.nditer multi_index over a private float64 copy, restored exactly from the saved value."""


def numerical_gradient(f, x, h=1e-5):
    xc = np.array(x, dtype=np.float64)
    grad = np.zeros_like(xc)
    it = np.nditer(xc, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = xc[i]
        xc[i] = old + h
        fp = f(xc)
        xc[i] = old - h
        fm = f(xc)
        xc[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
