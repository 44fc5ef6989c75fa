"""gradcheck.numerical_gradient: x.copy() keeps an int array's dtype, so x + h truncates back to x and the gradient of an int point is all zeros."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, copy=True)
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        up = f(x)
        x[i] = old - h
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad
