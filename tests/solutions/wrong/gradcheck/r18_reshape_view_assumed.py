"""gradcheck.numerical_gradient: Pokes xx.reshape(-1) assuming it is a view of the copy f is called with: for a non-
contiguous x (a transposed W, Fortran order) np.array keeps the layout, reshape copies, the pokes never reach f and
the gradient is all zeros.
"""

def numerical_gradient(f, x, h=1e-5):
    """Pokes xx.reshape(-1) assuming it is a view of the copy f is called with: for a non-contiguous x (a transposed W, Fortran order) np.array keeps the layout, reshape copies, the pokes never reach f and the gradient is all zeros."""
    xx = np.array(x, dtype=float)
    flat = xx.reshape(-1)
    grad = np.zeros(xx.size)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fplus = f(xx)
        flat[i] = old - h
        fminus = f(xx)
        flat[i] = old
        grad[i] = (fplus - fminus) / (2 * h)
    return grad.reshape(xx.shape)
