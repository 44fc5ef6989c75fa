"""gradcheck.numerical_gradient: returns the gradient flattened (x.size,), right in shape only for 1-D x."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    flat = x.reshape(-1)
    grad = np.zeros(x.size)
    for i in range(x.size):
        old = flat[i]
        flat[i] = old + h
        up = f(x)
        flat[i] = old - h
        down = f(x)
        flat[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad
