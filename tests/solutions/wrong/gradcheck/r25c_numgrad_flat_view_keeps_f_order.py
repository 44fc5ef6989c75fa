"""gradcheck.numerical_gradient: steps taken on xc.reshape(-1): np.array keeps a transposed x's Fortran order, so that is a copy f never sees (my phase-1 "right" file, wrong on x.T)."""

def numerical_gradient(f, x, h=1e-5):
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
