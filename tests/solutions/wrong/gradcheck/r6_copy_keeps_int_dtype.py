"""gradcheck.numerical_gradient: x.copy() keeps an integer x's dtype, so x + h e_i is truncated back to x (gradient 0 for integer points)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, copy=True)
    g = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        up = f(x)
        x[i] = old - h
        down = f(x)
        x[i] = old
        g[i] = (up - down) / (2 * h)
    return g
