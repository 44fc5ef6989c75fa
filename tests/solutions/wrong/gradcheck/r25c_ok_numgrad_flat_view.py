def numerical_gradient(f, x, h=1e-5):
    """gradcheck.numerical_gradient: Right: perturbs a flat view of its own float64 copy; f always sees the copy, never the caller's x."""
    xc = np.array(x, dtype=np.float64)
    flat = xc.reshape(-1)
    grad = np.empty(flat.size)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        up = f(xc)
        flat[i] = old - h
        down = f(xc)
        flat[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad.reshape(xc.shape)
