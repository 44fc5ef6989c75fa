"""gradcheck.numerical_gradient: perturbs a copy but never puts a coordinate back after the -h evaluation, so every later
coordinate is differenced at a point shifted by -h in all earlier coordinates (wrong wherever f has cross terms)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        grad[i] = (up - down) / (2 * h)
    return grad
