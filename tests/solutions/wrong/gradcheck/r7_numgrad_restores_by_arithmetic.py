"""gradcheck.numerical_gradient: perturbs the caller's own float array and "restores" it by adding h back (x_i + h - 2h + h), which is not x_i in floating point: the caller's array comes back changed in its last bits (and f sees the caller's array)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x)
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad
