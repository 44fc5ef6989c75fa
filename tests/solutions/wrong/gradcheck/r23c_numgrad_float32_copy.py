"""gradcheck.numerical_gradient: perturbs a float32 copy (GPU habit): x + h rounds in float32, the quotient is noise."""


def numerical_gradient(f, x, h=1e-5):
    x32 = np.array(x, dtype=np.float32)
    grad = np.zeros(x32.shape, dtype=np.float64)
    for i in np.ndindex(x32.shape):
        old = x32[i]
        x32[i] = old + h
        fp = f(x32)
        x32[i] = old - h
        fm = f(x32)
        x32[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
