"""gradcheck.numerical_gradient: copies x as float32, where x +- 1e-5 is rounded to ~1e-7 relative, so the difference
quotients are off by ~1e-3 relative (and f sees float32 arrays)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float32)
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
